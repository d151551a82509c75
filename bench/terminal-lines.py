#!/usr/bin/env python3
"""Counts the lines a typescript (from `script -qc`) leaves on a terminal, as a person scrolling back would see them.

Counting newlines would count every redraw of a live progress display; this replays the output instead: text,
carriage returns, newlines, cursor up/down (CSI n A/B) and erase-line (CSI K), and counts the non-blank rows.
    script -qc "dotnet src/PartnershipSite/bin/Release/net10.0/PartnershipSite.dll build" typescript >/dev/null
    python3 bench/terminal-lines.py typescript
"""
import re
import sys

data = open(sys.argv[1], encoding="utf-8", errors="replace", newline="").read()
# `script` writes a header and a footer line of its own.
data = data.split("\n", 1)[1] if data.startswith("Script started") else data
data = re.sub(r"\nScript done.*$", "", data, flags=re.S)
rows, row, col = [[]], 0, 0
for token in re.findall(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]|\r|\n|[^\x1b\r\n]", data):
    if token == "\n":
        row += 1
        col = 0
    elif token == "\r":
        col = 0
    elif token.startswith("\x1b["):
        n = int(re.sub(r"\D", "", token[2:-1]) or 1) if token[-1] in "AB" else 0
        if token[-1] == "A":
            row = max(0, row - n)
        elif token[-1] == "B":
            row += n
        elif token[-1] == "K":
            while len(rows) <= row:
                rows.append([])
            rows[row] = rows[row][:col]
        continue
    elif token.startswith("\x1b"):
        continue
    else:
        while len(rows) <= row:
            rows.append([])
        line = rows[row]
        while len(line) < col:
            line.append(" ")
        if col < len(line):
            line[col] = token
        else:
            line.append(token)
        col += 1
        continue
    while len(rows) <= row:
        rows.append([])
screen = ["".join(r).rstrip() for r in rows]
if "-v" in sys.argv:
    print("\n".join(screen))
print(sum(1 for line in screen if line.strip()), "non-blank lines,", len(screen), "rows")
