#!/usr/bin/env python3
"""Writes the hostile-model corpus (src/test/resources/hostile-models) from bad-model-base.json: one rule broken
per file. Each case's expected report line (exit code, FILE:LINE:COL, kind, JSON path, message) is taken from a
run of `parallax validate` and written to cases.tsv for review; for cut files the line and column of the file's
end, for inserted bytes the place of the insert, are computed here independently and must agree.

Usage: scripts/hostile-corpus.py CLASSPATH   (classpath of target/classes and the dependencies)
"""
import json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = open(os.path.join(ROOT, "src/test/resources/models/bad-model-base.json"), encoding="utf-8").read()
OUT = os.path.join(ROOT, "src/test/resources/hostile-models")

cases = []  # (name, bytes, check) ; check: None or (line, col) expected independently


def line_col(text, index):
    """1-based line and column (in characters) of text[index]."""
    before = text[:index]
    line = before.count("\n") + 1
    return line, index - (before.rfind("\n") + 1) + 1


def add(name, content, check=None):
    data = content.encode("utf-8") if isinstance(content, str) else content
    cases.append((name, data, check))


def sub(name, old, new, count=1):
    assert old in BASE, old
    add(name, BASE.replace(old, new, count))


# 1. cut short at 30 places: the problem is at the end of the file
size = len(BASE)
for k in range(30):
    at = 3 + (size - 6) * k // 29
    while BASE[at - 1] in " \n":
        at -= 1
    text = BASE[:at]
    add("cut-%03d.json" % at, text, line_col(text + " ", at))

# 2. a hostile token inserted where a value or a field begins: reported on the insert's line
INSERT_AT = {"title-value": BASE.index("\"Bad model base\""),
             "side-label": BASE.index("\"North\""),
             "quote-start": BASE.index("0, \"end\""),
             "claims-value": BASE.index("\"Few chips.\"")}
TOKENS = {"nan": "NaN", "infinity": "-Infinity", "single-quotes": "'x'", "bare-word": "hello", "tru": "tru",
          "leading-zero": "07", "plus": "+1", "hex": "0x1F", "comment": "/* c */ 1", "line-comment": "// c\n1",
          "undefined": "undefined"}
for place, at in INSERT_AT.items():
    for token_name, token in TOKENS.items():
        end = BASE.index(",", at) if place != "claims-value" else BASE.index("}", at)
        text = BASE[:at] + token + BASE[end:]
        add("token-%s-%s.json" % (token_name, place), text, (line_col(text, at)[0], None))

# 3. broken strings and escapes
sub("string-raw-newline.json", "\"Bad model base\"", "\"Bad model\nbase\"")
sub("string-raw-tab.json", "\"Bad model base\"", "\"Bad model\tbase\"")
sub("string-bell.json", "\"Bad model base\"", "\"Bad model\u0007base\"")
sub("string-bad-escape.json", "\"Bad model base\"", "\"Bad \\q model\"")
sub("string-short-unicode-escape.json", "\"Bad model base\"", "\"Bad \\u12 model\"")
sub("string-unclosed.json", "\"Bad model base\",", "\"Bad model base,")
sub("name-unquoted.json", "\"title\":", "title:")
sub("name-single-quoted.json", "\"title\":", "'title':")
sub("name-raw-newline.json", "\"title\":", "\"ti\ntle\":")
# 4. punctuation
sub("trailing-comma-object.json", "\"label\": \"South\"}", "\"label\": \"South\",}")
sub("trailing-comma-array.json", "{\"id\": \"south\", \"label\": \"South\"}\n", "{\"id\": \"south\", \"label\": \"South\"},\n")
sub("missing-colon.json", "\"title\": \"Bad", "\"title\" \"Bad")
sub("double-comma.json", "\"schemaVersion\": 1,", "\"schemaVersion\": 1,,")
sub("wrong-close-bracket.json", "{\"id\": \"compute\", \"label\": \"Compute\"}\n  ]", "{\"id\": \"compute\", \"label\": \"Compute\"}\n  }")
sub("wrong-close-brace.json", "\"label\": \"North\"}", "\"label\": \"North\"]")
sub("extra-close-brace.json", "\"label\": \"North\"}", "\"label\": \"North\"}}")
sub("second-root-value.json", BASE.rstrip() , BASE.rstrip() + "\n{}")
sub("root-garbage-after.json", BASE.rstrip(), BASE.rstrip() + " x")
add("root-string.json", "\"a model\"\n")
add("root-number.json", "42\n")
add("root-null.json", "null\n")
add("root-true.json", "true\n")
add("root-empty-object.json", "{}\n")
add("root-empty-array.json", "[]\n")
# 5. wrong types, one field each
for name, old, new in [
        ("type-version-string", "\"schemaVersion\": 1", "\"schemaVersion\": \"1\""),
        ("type-version-bool", "\"schemaVersion\": 1", "\"schemaVersion\": true"),
        ("type-title-array", "\"title\": \"Bad model base\"", "\"title\": [\"Bad\"]"),
        ("type-title-object", "\"title\": \"Bad model base\"", "\"title\": {\"text\": \"Bad\"}"),
        ("type-sides-object", "\"sides\": [", "\"sides\": {\"x\": ["),
        ("type-side-string", "{\"id\": \"north\", \"label\": \"North\"}", "\"north\""),
        ("type-side-label-number", "\"label\": \"North\"", "\"label\": 7"),
        ("type-theme-id-number", "{\"id\": \"compute\"", "{\"id\": 1"),
        ("type-themes-null", "\"themes\": [\n    {\"id\": \"compute\", \"label\": \"Compute\"}\n  ]", "\"themes\": null"),
        ("type-source-kind-number", "\"kind\": \"original\"", "\"kind\": 3"),
        ("type-derived-from-array", "\"derivedFrom\": \"alpha\"", "\"derivedFrom\": [\"alpha\"]"),
        ("type-points-string", "\"points\": [", "\"points\": \"none\", \"x\": ["),
        ("type-point-theme-number", "\"theme\": \"compute\"", "\"theme\": 5"),
        ("type-claims-array", "\"claims\": {\"north\": \"Few chips.\"}", "\"claims\": [\"Few chips.\"]"),
        ("type-claim-number", "{\"north\": \"Few chips.\"}", "{\"north\": 12}"),
        ("type-framings-object", "\"framings\": [", "\"framings\": {\"a\": ["),
        ("type-framing-source-bool", "\"source\": \"alpha\"", "\"source\": false"),
        ("type-quotes-string", "\"quotes\": [", "\"quotes\": \"Labs\", \"x\": ["),
        ("type-quote-text-number", "\"text\": \"Labs have few chips.\"", "\"text\": 20"),
        ("type-end-string", "\"end\": 20", "\"end\": \"20\""),
        ("type-start-fraction", "\"start\": 0,", "\"start\": 0.5,"),
        ("type-start-null", "\"start\": 0,", "\"start\": null,"),
        ("type-side-ref-number", "\"side\": \"north\"", "\"side\": 1"),
        ("type-stance-array", "\"stance\": \"constraint\"", "\"stance\": [\"constraint\"]"),
        ("type-certainty-number", "\"certainty\": \"reported\"", "\"certainty\": 2"),
]:
    sub(name + ".json", old, new)
# 6. required fields missing, one each
for name, old, new in [
        ("missing-version", "  \"schemaVersion\": 1,\n", ""),
        ("missing-sides", "\"sides\": [", "\"sidez\": ["),
        ("missing-side-label", ", \"label\": \"South\"", ""),
        ("missing-side-id", "{\"id\": \"north\", ", "{"),
        ("missing-theme-label", ", \"label\": \"Compute\"", ""),
        ("missing-source-title", "\"title\": \"Alpha\", ", ""),
        ("missing-source-kind", ", \"kind\": \"rewrite\"", ""),
        ("missing-source-id", "{\"id\": \"beta\", ", "{"),
        ("missing-point-theme", "      \"theme\": \"compute\",\n", ""),
        ("missing-point-title", "      \"title\": \"Chips\",\n", ""),
        ("missing-framing-source", "          \"source\": \"alpha\",\n", ""),
        ("missing-quote-start", "\"start\": 0, ", ""),
        ("missing-quote-end", ", \"end\": 20", ""),
        ("null-title", "\"title\": \"Bad model base\"", "\"title\": null"),
        ("null-side-label", "\"label\": \"North\"", "\"label\": null"),
]:
    sub(name + ".json", old, new)
# 7. unknown fields at each level
for name, old, new in [
        ("unknown-in-side", "\"label\": \"North\"}", "\"label\": \"North\", \"colour\": \"red\"}"),
        ("unknown-in-theme", "\"label\": \"Compute\"}", "\"label\": \"Compute\", \"weight\": 2}"),
        ("unknown-in-source", "\"file\": \"alpha.txt\"}", "\"file\": \"alpha.txt\", \"pages\": 3}"),
        ("unknown-in-point", "      \"title\": \"Chips\",\n", "      \"title\": \"Chips\",\n      \"tags\": [],\n"),
        ("unknown-in-framing", "\"certainty\": \"reported\",", "\"certainty\": \"reported\", \"certanity\": 1,"),
        ("unknown-in-quote", "\"side\": \"north\"}", "\"side\": \"north\", \"page\": 4}"),
        ("unknown-schema-typo", "  \"schemaVersion\": 1,", "  \"schemaversion\": 1,"),
]:
    sub(name + ".json", old, new)
# 8. values out of their sets, ranges and formats
for name, old, new in [
        ("enum-certainty", "\"certainty\": \"reported\"", "\"certainty\": \"likely\""),
        ("enum-stance-case", "\"stance\": \"constraint\"", "\"stance\": \"Constraint\""),
        ("enum-kind-empty", "\"kind\": \"original\"", "\"kind\": \"\""),
        ("slug-uppercase", "{\"id\": \"north\"", "{\"id\": \"North\""),
        ("slug-space", "\"id\": \"compute\"", "\"id\": \"com pute\""),
        ("slug-leading-dash", "\"id\": \"chips\"", "\"id\": \"-chips\""),
        ("slug-double-dash", "\"id\": \"chips\"", "\"id\": \"chips--big\""),
        ("slug-accent", "{\"id\": \"alpha\"", "{\"id\": \"alphé\""),
        ("range-end-negative", "\"end\": 20", "\"end\": -20"),
        ("range-start-equals-end", "\"start\": 0, \"end\": 20", "\"start\": 20, \"end\": 20"),
        ("range-too-large", "\"end\": 20", "\"end\": 99999999999"),
        ("range-span-short", "\"end\": 20", "\"end\": 19"),
        ("version-zero", "\"schemaVersion\": 1", "\"schemaVersion\": 0"),
        ("version-negative", "\"schemaVersion\": 1", "\"schemaVersion\": -1"),
        ("date-slashes", "\"derivedFrom\": \"alpha\"}", "\"derivedFrom\": \"alpha\", \"published\": \"2025/01/02\"}"),
        ("date-impossible", "\"derivedFrom\": \"alpha\"}", "\"derivedFrom\": \"alpha\", \"published\": \"2025-02-30\"}"),
        ("sha256-short", "\"file\": \"alpha.txt\"}", "\"file\": \"alpha.txt\", \"sha256\": \"abc\"}"),
        ("sha256-not-hex", "\"file\": \"alpha.txt\"}", "\"file\": \"alpha.txt\", \"sha256\": \"" + "z" * 64 + "\"}"),
        ("empty-title", "\"title\": \"Bad model base\"", "\"title\": \"   \""),
        ("empty-side-label", "\"label\": \"North\"", "\"label\": \"\""),
        ("empty-quote-text-spaces", "\"text\": \"Labs have few chips.\", \"start\": 0, \"end\": 20", "\"text\": \"  \", \"start\": 0, \"end\": 2"),
]:
    sub(name + ".json", old, new)
# 9. ids and references
for name, old, new in [
        ("duplicate-theme", "{\"id\": \"compute\", \"label\": \"Compute\"}", "{\"id\": \"compute\", \"label\": \"Compute\"},\n    {\"id\": \"compute\", \"label\": \"Again\"}"),
        ("duplicate-source", "{\"id\": \"beta\",", "{\"id\": \"alpha\","),
        ("dangling-framing-source-typo", "\"source\": \"alpha\"", "\"source\": \"alpah\""),
        ("dangling-theme-typo", "\"theme\": \"compute\"", "\"theme\": \"computer\""),
        ("dangling-claims-key", "{\"north\": \"Few chips.\"}", "{\"nort\": \"Few chips.\"}"),
        ("self-derived", "\"derivedFrom\": \"alpha\"", "\"derivedFrom\": \"beta\""),
        ("duplicate-key-root", "  \"schemaVersion\": 1,\n", "  \"schemaVersion\": 1,\n  \"schemaVersion\": 1,\n"),
        ("duplicate-key-quote", "\"side\": \"north\"}", "\"side\": \"north\", \"side\": \"south\"}"),
]:
    sub(name + ".json", old, new)
# 10. bytes that are not UTF-8 JSON text
b = BASE.encode("utf-8")
t = b.index(b"Bad model base")
for name, bad in [("utf8-lone-continuation", b"\x80"), ("utf8-overlong-slash", b"\xc0\xaf"),
                  ("utf8-cut-sequence", b"\xe2\x82"), ("utf8-surrogate", b"\xed\xa0\x80"),
                  ("utf8-beyond-unicode", b"\xf4\x90\x80\x80"), ("latin1-e-acute", b"\xe9"),
                  ("utf8-ff-byte", b"\xff")]:
    add(name + ".json", b[:t] + bad + b[t:])
add("utf16le-bom.json", b"\xff\xfe" + BASE.encode("utf-16-le"))
add("utf16be-bom.json", b"\xfe\xff" + BASE.encode("utf-16-be"))
add("utf16le-no-bom.json", BASE.encode("utf-16-le"))
add("utf16be-no-bom.json", BASE.encode("utf-16-be"))
add("utf32le-bom.json", b"\xff\xfe\x00\x00" + BASE.encode("utf-32-le"))
nul_at = b.index(b"\"Chips\"") + 3
add("nul-in-title.json", b[:nul_at] + b"\x00" + b[nul_at:])
add("png.json", b"\x89PNG\r\n\x1a\n" + bytes(range(64)))
add("pdf.json", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
add("zip.json", b"PK\x03\x04" + bytes(40))
add("gzip.json", b"\x1f\x8b\x08\x00" + bytes(20))
add("jpeg.json", b"\xff\xd8\xff\xe0" + bytes(20))
add("gif.json", b"GIF89a" + bytes(20))
add("bom-twice.json", b"\xef\xbb\xbf\xef\xbb\xbf" + b)
# 11. limits
add("deep-101.json", "{\"title\": " + "[" * 101 + "]" * 101 + "}")
add("deep-objects.json", "{\"title\": " + "{\"a\": " * 120 + "1" + "}" * 120 + "}")


def run(case):
    name, data, check = case
    path = os.path.join(OUT, name)
    done = subprocess.run(["java", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", sys.argv[1],
                           "org.parallax.Launcher", "validate", path], capture_output=True)
    first = done.stdout.decode("utf-8").splitlines()[0]
    return name, done.returncode, first, check


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for name, data, _ in cases:
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
    rows, wrong = [], []
    with ThreadPoolExecutor(2) as pool:
        for name, code, first, check in pool.map(run, cases):
            prefix = os.path.join(OUT, name) + ":"
            if not first.startswith(prefix):
                wrong.append((name, first))
                continue
            line, col, rest = first[len(prefix):].split(":", 2)
            kind, rest = rest.strip().split(" at ", 1)
            path, message = rest.split(": ", 1)
            if check is not None and not (int(line) == check[0] and (check[1] is None or int(col) == check[1])):
                wrong.append((name, first, check))
            rows.append("|".join([name, str(code), kind, line, col, path, message]))
    for w in wrong:
        print("WRONG", w)
    with open(os.path.join(OUT, "cases.txt"), "w", encoding="utf-8") as f:
        f.write("# file | exit code | kind | line | column | JSON path | message: the first problem `parallax validate`\n"
                "# reports. Written by scripts/hostile-corpus.py, reviewed by hand; HostileCorpusTest checks each.\n")
        f.write("\n".join(sorted(rows)) + "\n")
    print(len(rows), "cases")
