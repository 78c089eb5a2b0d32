// The "discrepancy/notebook" entry: Jupyter rendering, opted into by importing it. Results of the
// library are plain data; `display(result)` gives one its notebook rendering, `toNotebookDisplay(result)`
// the MIME bundle itself.
export { display } from "./display.js";
export { toNotebookDisplay } from "./toNotebookDisplay.js";
export type { Displayable, NotebookOptions } from "./toNotebookDisplay.js";
export { JUPYTER_DISPLAY, withDisplay } from "./withDisplay.js";
export type { MimeBundle } from "../report/mimeBundle.js";
