#!/usr/bin/env python3
"""Runs examples/notebook.ipynb top to bottom in a real Deno Jupyter kernel and prints what each cell shows.

Not part of CI (it needs Deno and jupyter_client, which `npm ci` does not install); the unit test
test/examples/notebook.test.ts runs the same cells under a stand-in for Deno. To run it by hand:

    npm run build
    npm install --prefix /tmp/deno deno@2 && export PATH=/tmp/deno/node_modules/.bin:$PATH
    deno jupyter --install                    # the "deno" kernelspec
    apt-get install python3-jupyter-client    # or: pip install jupyter_client
    python3 scripts/run-notebook.py           # exit 1 if a cell fails

It fails when a cell raises, and when a cell whose last expression is a value shows nothing or shows an
unawaited Promise (a display call that was not awaited).
"""
import json
import pathlib
import sys

from jupyter_client.manager import start_new_kernel

root = pathlib.Path(__file__).resolve().parent.parent
notebook = json.loads((root / "examples" / "notebook.ipynb").read_text(encoding="utf-8"))
manager, client = start_new_kernel(kernel_name="deno", cwd=str(root / "examples"), startup_timeout=120)
failed = False
try:
    for number, cell in enumerate(c for c in notebook["cells"] if c["cell_type"] == "code"):
        request = client.execute("".join(cell["source"]))
        shown = []
        while True:
            message = client.get_iopub_msg(timeout=120)
            if message["parent_header"].get("msg_id") != request:
                continue
            kind, content = message["msg_type"], message["content"]
            if kind == "status" and content["execution_state"] == "idle":
                break
            if kind in ("execute_result", "display_data"):
                shown.append(sorted(content["data"]))
                if content["data"].get("text/plain", "").startswith("Promise {"):
                    print(f"cell {number}: shows an unawaited Promise")
                    failed = True
            elif kind == "error":
                print(f"cell {number}: {content['ename']}: {content['evalue']}")
                failed = True
        client.get_shell_msg(timeout=60)
        print(f"cell {number}: {shown or 'nothing shown'}")
        if not shown:
            failed = True
finally:
    client.stop_channels()
    manager.shutdown_kernel(now=True)
sys.exit(1 if failed else 0)
