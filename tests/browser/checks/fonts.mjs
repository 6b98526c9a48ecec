// The fonts the theme ships, cut at build to the characters the site uses (issues 19 and 21):
// every character a page shows must be drawn by a shipped face, and that face must really hold
// its glyph; Latin words inside Arabic pages must be set in the shipped Latin face.
//
// How a character is checked: its element's font-family stack is walked as the browser walks it;
// the first family that is a shipped face whose unicode-range covers the character must come
// before any family that is not shipped (a system font). Then, since a range can claim a glyph
// the cut lacks, the character is drawn on a canvas in that face with two different fallbacks
// (monospace, serif): if the face holds the glyph the two widths are the same, if not each
// fallback draws it and the widths differ.

export const LATIN_FACE = "Noto Serif";

export async function checkFonts(browser, base, targets, failures, { latinFace = LATIN_FACE } = {}) {
  const page = await browser.newPage();
  for (const { lang, kind, url } of targets) {
    await page.goto(base + url, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready);
    const found = await page.evaluate(inPage, { latinFace });
    const where = `${lang} ${kind}`;
    for (const line of found.problems) failures.add(where, line);
    console.log(`  ${where}: ${found.chars} characters in ${found.faces.join(", ") || "no shipped face"}`);
  }
  await page.close();
}

// Runs in the page.
async function inPage({ latinFace }) {
  const problems = [];
  const shipped = [...document.fonts];
  if (shipped.length === 0) return { problems: ["the page declares no @font-face: no font is shipped"], chars: 0, faces: [] };
  const families = new Set(shipped.map((f) => unquote(f.family)));
  const ranges = shipped.map((f) => ({ face: f, family: unquote(f.family), ranges: parseRange(f.unicodeRange) }));
  const arabicPage = document.documentElement.dataset.script === "Arab";

  // Text nodes a reader sees, with the element that styles them.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const uses = new Map(); // "family|weight|style" → Set of characters
  const reported = new Set();
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || element.closest("script, style, noscript, template")) continue;
    if (!element.getClientRects().length) continue;
    const style = getComputedStyle(element);
    const stack = style.fontFamily.split(",").map((f) => unquote(f.trim()));
    const weight = Number(style.fontWeight) >= 600 ? "700" : "400";
    const italic = style.fontStyle !== "normal";
    for (const c of new Set(node.data)) {
      if (/\s/.test(c) && c !== " ") continue;
      if (/\p{M}|\p{Cf}/u.test(c)) continue; // marks and joiners draw nothing of their own
      chars++;
      const code = c.codePointAt(0);
      let chosen = null;
      for (const family of stack) {
        if (!families.has(family)) { chosen = { system: family }; break; }
        const covers = ranges.some((r) => r.family === family && r.ranges.some(([a, b]) => code >= a && code <= b));
        if (covers) { chosen = { family }; break; }
      }
      const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
      if (!chosen || chosen.system) {
        const key = `missing ${hex}`;
        if (!reported.has(key)) {
          reported.add(key);
          problems.push(`"${c}" (${hex}) in <${element.localName}> is in no shipped font: it falls back to ${chosen ? `"${chosen.system}"` : "the system"} (stack: ${style.fontFamily})`);
        }
        continue;
      }
      if (arabicPage && /\p{Script=Latin}/u.test(c) && chosen.family !== latinFace) {
        const key = `latin ${chosen.family} ${element.localName}`;
        if (!reported.has(key)) {
          reported.add(key);
          problems.push(`Latin run "${node.data.trim().slice(0, 40)}" in <${element.localName}> is set in "${chosen.family}", expected "${latinFace}"`);
        }
      }
      // Arabic has no italic: a slanted Arabic face is one the browser made up (issue 19).
      if (italic && /\p{Script=Arabic}/u.test(c) && style.fontSynthesisStyle !== "none"
        && !shipped.some((f) => unquote(f.family) === chosen.family && f.style !== "normal")) {
        const key = `synthetic ${element.localName}`;
        if (!reported.has(key)) {
          reported.add(key);
          problems.push(`Arabic text "${node.data.trim().slice(0, 40)}" in <${element.localName}> is in a synthetic italic of "${chosen.family}"`);
        }
      }
      const key = `${chosen.family}|${weight}|${italic ? "italic" : "normal"}`;
      if (!uses.has(key)) uses.set(key, new Set());
      uses.get(key).add(c);
    }
  }

  // Does each face hold the glyphs it is used for? Same width over two fallbacks, or not.
  const canvas = document.createElement("canvas").getContext("2d");
  for (const [key, set] of uses) {
    const [family, weight, style] = key.split("|");
    const text = [...set].join("");
    const font = (fallback) => `${style} ${weight} 40px "${family}", ${fallback}`;
    await document.fonts.load(font("serif"), text);
    const face = ranges.find((r) => r.family === family && String(r.face.weight) === weight && r.face.style === style)?.face
      || ranges.find((r) => r.family === family)?.face;
    if (face && face.status === "error") problems.push(`the face "${family}" ${weight} ${style} failed to load`);
    for (const c of set) {
      canvas.font = font("monospace");
      const a = canvas.measureText(c).width;
      canvas.font = font("serif");
      const b = canvas.measureText(c).width;
      if (Math.abs(a - b) > 0.01) {
        const hex = `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
        problems.push(`"${c}" (${hex}) does not render in "${family}" ${weight} ${style}: the cut lacks its glyph (width ${a.toFixed(1)} with a monospace fallback, ${b.toFixed(1)} with serif)`);
      }
    }
  }
  return { problems, chars, faces: [...uses.keys()].map((k) => k.replace(/\|/g, " ")) };

  function unquote(s) { return s.replace(/^["']|["']$/g, ""); }
  function parseRange(range) {
    return range.split(",").map((part) => {
      const [a, b] = part.trim().replace(/^U\+/i, "").split("-");
      if (a.includes("?")) return [parseInt(a.replace(/\?/g, "0"), 16), parseInt(a.replace(/\?/g, "F"), 16)];
      return [parseInt(a, 16), parseInt(b ?? a, 16)];
    });
  }
}
