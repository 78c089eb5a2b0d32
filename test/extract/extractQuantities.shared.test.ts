import { describe } from "vitest";
import { seed } from "../shared.js";
import { sideBySide } from "./sideBySide.js";

const EN = seed("000_9453fef2b2b5972f.txt");
const UK = seed("001_2fcb5681b735ea60.txt");

describe("extractQuantities: the English and Ukrainian seed articles side by side", () => sideBySide(EN, UK));
