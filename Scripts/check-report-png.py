#!/usr/bin/env python3
"""Checks that a screenshot of the HTML report rendered: a PNG of the expected size, not blank, with the
sentiment colours of the daily chart present, and nothing cut off on the right (the page keeps a white margin,
so ink in the rightmost 6 pixels means a table or chart ran past the window). Pure Python (zlib only): no
imaging library needed.

Usage: check-report-png.py FILE WIDTH HEIGHT"""
import struct
import sys
import zlib


def read_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path}: not a PNG file")
    position, chunks, header = 8, [], None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        sys.exit(f"{path}: expected 8-bit RGB(A) without interlacing, got depth {depth} colour type {colour}")
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up = previous[x]
            corner = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 255
            elif kind == 2:
                line[x] = (line[x] + up) & 255
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 255
            elif kind == 4:
                estimate = left + up - corner
                a, b, c = abs(estimate - left), abs(estimate - up), abs(estimate - corner)
                line[x] = (line[x] + (left if a <= b and a <= c else up if b <= c else corner)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def main():
    path, expected_width, expected_height = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    width, height, channels, rows = read_png(path)
    if (width, height) != (expected_width, expected_height):
        sys.exit(f"{path}: {width}×{height} pixels, expected {expected_width}×{expected_height}")
    inked, colours = 0, set()
    for row in rows[::2]:
        for x in range(0, len(row), channels * 2):
            pixel = row[x:x + 3]
            colours.add(pixel)
            if sum(pixel) < 720:
                inked += 1
    share = inked / ((height + 1) // 2 * ((width + 1) // 2))
    wanted = {"negative": bytes.fromhex("c0392b"), "positive": bytes.fromhex("2e8b57")}
    missing = [name for name, colour in wanted.items() if colour not in colours]
    if share < 0.02:
        sys.exit(f"{path}: looks blank ({share:.1%} of pixels not white)")
    if missing:
        sys.exit(f"{path}: the daily chart's {' and '.join(missing)} colour is missing: the SVG did not render")
    for y, row in enumerate(rows):
        for x in range(width - 6, width):
            if sum(row[x * channels:x * channels + 3]) < 720:
                sys.exit(f"{path}: ink at the right edge (x={x}, y={y}): content is cut off at {width} pixels")
    print(f"{path}: {width}×{height}, {share:.1%} of pixels inked, {len(colours)} colours, chart colours present")


main()
