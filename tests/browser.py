"""Headless Chromium for the tests that check what a person sees: finding the browser, its
flags, a screenshot, and the pixels of a PNG decoded with the standard library."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

HEADLESS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
"""Chromium without a screen, a sandbox, a GPU or anything that reaches the network."""


def chromium() -> str:
    """The Chromium binary; the test is skipped when there is none."""
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if found := shutil.which(name):
            return found
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    pytest.skip("no Chromium binary (chromium, chromium-browser, google-chrome or /usr/bin/chromium) found")


def screenshot(page: Path, width: int, height: int, folder: Path) -> tuple[int, int, Counter[tuple[int, ...]]]:
    """Width, height and the count of each RGB colour of a screenshot of ``page`` taken by
    headless Chromium in a window of ``width`` x ``height`` (profile and PNG in ``folder``)."""
    png = folder / f"{page.stem}.png"
    command = [
        chromium(),
        *HEADLESS,
        f"--user-data-dir={folder / 'profile'}",
        f"--screenshot={png}",
        f"--window-size={width},{height}",
        page.as_uri(),
    ]
    run = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    assert png.exists(), f"Chromium wrote no screenshot (exit {run.returncode}): {run.stderr[-2000:]}"
    shot_width, shot_height, pixels = png_pixels(png.read_bytes())
    return shot_width, shot_height, Counter(pixels)


def png_pixels(data: bytes) -> tuple[int, int, Iterator[tuple[int, ...]]]:
    """Width, height and RGB pixels of an 8-bit RGB or RGBA PNG, decoded with the standard library."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "a PNG file"
    offset, idat, header = 8, b"", b""
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        body = data[offset + 8 : offset + 8 + length]
        offset += 12 + length
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in (2, 6) and interlace == 0, (depth, colour, interlace)
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    rows: list[bytes] = []
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        rows.append(bytes(line))
        previous = line
    pixels = (tuple(row[i : i + 3]) for row in rows for i in range(0, stride, channels))
    return width, height, pixels


def rgb(colour: str) -> tuple[int, ...]:
    """The (red, green, blue) of a ``#RRGGBB`` colour."""
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
