// Rules that keep the code easy to change, checked on every test run: no
// import circles between a crate's source files (file A uses file B and B
// uses A, directly or through others), no source file over 400 lines
// before its unit tests, and the README's map of the code names every file
// and folder of the core, the widget's root, its hooks and its components. A file is a node; an edge is any `crate::…` or
// `super::…` path in it that names another file's module.
// Usage: node scripts/house.mjs   (exits non-zero and names each breach)
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const MAX_LINES = 400;
const CRATES = ["src", "crates/escalation-core/src", "crates/policy-tool/src"];

function rustFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return rustFiles(path);
    return name.endsWith(".rs") ? [path] : [];
  });
}

// The module path of a file: src/pages/record/check_answers.rs is
// pages::record::check_answers; lib.rs and main.rs are the crate root.
function modulePath(root, file) {
  const parts = relative(root, file).replace(/\.rs$/, "").split("/");
  if (parts.length === 1 && (parts[0] === "lib" || parts[0] === "main")) return [];
  if (parts.at(-1) === "mod") parts.pop();
  return parts;
}

// The text a reader sees as code: comments, string and character literals
// removed in one pass from left to right, so a path in a doc comment or a
// message is not an import, and "//" inside a string ("https://") is not a
// comment.
function code(text) {
  let out = "";
  let i = 0;
  while (i < text.length) {
    if (text.startsWith("//", i)) {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
    } else if (text.startsWith("/*", i)) {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (/^r#*"/.test(text.slice(i, i + 8)) && !/\w/.test(text[i - 1] ?? "")) {
      const hashes = text.slice(i + 1).match(/^#*/)[0];
      const close = `"${hashes}`;
      const end = text.indexOf(close, i + 2 + hashes.length);
      out += '""';
      i = end < 0 ? text.length : end + close.length;
    } else if (text[i] === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      out += '""';
      i = j + 1;
    } else if (text[i] === "'" && (text[i + 1] === "\\" || text[i + 2] === "'")) {
      // A character literal ('"', '\n'); a lifetime ('a) is left as it is.
      let j = i + 1;
      if (text[j] === "\\") j += 2;
      while (j < text.length && text[j] !== "'") j += 1;
      out += "' '";
      i = j + 1;
    } else {
      out += text[i];
      i += 1;
    }
  }
  return out;
}

// Expands `use crate::{a, b::{c, d}}` into crate::a, crate::b::c, crate::b::d.
function expand(prefix, body) {
  const out = [];
  let depth = 0;
  let start = 0;
  const items = [];
  for (let i = 0; i < body.length; i += 1) {
    if (body[i] === "{") depth += 1;
    if (body[i] === "}") depth -= 1;
    if (body[i] === "," && depth === 0) {
      items.push(body.slice(start, i));
      start = i + 1;
    }
  }
  items.push(body.slice(start));
  for (const raw of items) {
    const item = raw.trim();
    if (!item) continue;
    const brace = item.indexOf("{");
    if (brace >= 0) out.push(...expand(`${prefix}${item.slice(0, brace)}`, item.slice(brace + 1, item.lastIndexOf("}"))));
    else out.push(`${prefix}${item.split(/\s+as\s+/)[0]}`);
  }
  return out;
}

function references(text, here) {
  const paths = [];
  for (const match of text.matchAll(/\buse\s+((?:crate|super|self)::[^;]*);/g)) {
    const path = match[1].replace(/\s+/g, "");
    const brace = path.indexOf("{");
    if (brace >= 0) paths.push(...expand(path.slice(0, brace), path.slice(brace + 1, path.lastIndexOf("}"))));
    else paths.push(path);
  }
  for (const match of text.matchAll(/\b((?:crate|super)(?:::\w+)+)/g)) paths.push(match[1]);
  // `use child::…` (a module declared in this file) is a use of that file.
  for (const match of text.matchAll(/\buse\s+(?!crate::|super::|self::)(\w+)::([^;]*);/g)) {
    const rest = match[2].replace(/\s+/g, "");
    const brace = rest.indexOf("{");
    const tails = brace >= 0 ? expand(rest.slice(0, brace), rest.slice(brace + 1, rest.lastIndexOf("}"))) : [rest];
    for (const tail of tails) paths.push(`self::${match[1]}::${tail}`);
  }
  return paths.map((path) => {
    const parts = path.split("::");
    let base;
    if (parts[0] === "crate") base = [];
    else if (parts[0] === "self") base = [...here];
    else {
      base = here.slice(0, -1);
      parts.shift();
      while (parts[0] === "super") {
        base = base.slice(0, -1);
        parts.shift();
      }
      return [...base, ...parts];
    }
    return [...base, ...parts.slice(1)];
  });
}

const problems = [];
for (const root of CRATES) {
  const files = rustFiles(root);
  const modules = new Map(files.map((file) => [modulePath(root, file).join("::"), file]));
  const edges = new Map(files.map((file) => [file, new Set()]));
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const lines = text.split("\n");
    const testsAt = lines.findIndex((line) => /^#\[cfg\(test\)\]/.test(line));
    const length = testsAt >= 0 ? testsAt : lines.length;
    const generated = /^\/\/ Generated/m.test(lines.slice(0, 3).join("\n"));
    if (length > MAX_LINES && !generated) problems.push(`${file}: ${length} lines before its unit tests (at most ${MAX_LINES})`);
    const here = modulePath(root, file);
    const withoutTests = testsAt >= 0 ? lines.slice(0, testsAt).join("\n") : text;
    for (const path of references(code(withoutTests), here)) {
      // The longest module prefix of the path is the file it names.
      for (let n = path.length; n >= 1; n -= 1) {
        const target = modules.get(path.slice(0, n).join("::"));
        if (target) {
          if (target !== file && n > 0) edges.get(file).add(target);
          break;
        }
      }
    }
  }
  // A parent module's file declares its children (`mod x;`), which is not a
  // use; only paths count, so the root and parent files are not special.
  // Tarjan's strongly connected components: each with more than one file is
  // a circle.
  let index = 0;
  const stack = [];
  const info = new Map();
  const circles = [];
  const visit = (file) => {
    info.set(file, { index, low: index, onStack: true });
    index += 1;
    stack.push(file);
    for (const next of edges.get(file)) {
      if (!info.has(next)) {
        visit(next);
        info.get(file).low = Math.min(info.get(file).low, info.get(next).low);
      } else if (info.get(next).onStack) {
        info.get(file).low = Math.min(info.get(file).low, info.get(next).index);
      }
    }
    if (info.get(file).low === info.get(file).index) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        info.get(member).onStack = false;
        component.push(member);
      } while (member !== file);
      if (component.length > 1) circles.push(component);
    }
  };
  for (const file of files) if (!info.has(file)) visit(file);
  for (const circle of circles) {
    const inCircle = new Set(circle);
    const detail = circle
      .sort()
      .map((file) => `${file} uses ${[...edges.get(file)].filter((f) => inCircle.has(f)).join(", ")}`)
      .join("; ");
    problems.push(`import circle in ${root}: ${detail}`);
  }
}

// The README's map: each entry named in backticks (a folder with its "/").
const readme = readFileSync("README.md", "utf8");
for (const dir of ["crates/escalation-core/src", "src", "src/hooks", "src/components"]) {
  for (const name of readdirSync(dir)) {
    if (name === "lib.rs" || name === "hooks.rs" || name === "components.rs" || name === "pages.rs") continue;
    const folder = statSync(join(dir, name)).isDirectory();
    if (folder && dir !== "crates/escalation-core/src") continue;
    const shown = folder ? `${name}/` : name;
    if (!readme.includes(`\`${shown}\``) && !readme.includes(`\`${dir}/${shown}\``)) {
      problems.push(`README.md's map of the code does not name ${dir}/${shown}`);
    }
  }
}

if (problems.length) {
  for (const problem of problems) console.error(problem);
  console.error(`${problems.length} problem(s): see scripts/house.mjs for the rules.`);
  process.exit(1);
}
console.log(`No import circles and no source file over ${MAX_LINES} lines in ${CRATES.join(", ")}; the README's map names every file.`);
