"""The sandbox's generated logos: a disc of the partner's colour, a rim and band, clear corners."""

from __future__ import annotations

import struct
import zlib

from partner_desktop.sandbox.images import badge_png


def _pixels(png: bytes) -> tuple[int, list[bytes]]:
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", png[16:24])
    assert width == height
    start = png.index(b"IDAT") + 4
    length = struct.unpack(">I", png[start - 8 : start - 4])[0]
    raw = zlib.decompress(png[start : start + length])
    stride = width * 4 + 1
    rows = [raw[y * stride : (y + 1) * stride] for y in range(height)]
    assert all(row[0] == 0 for row in rows)  # no filter
    return width, [row[1:] for row in rows]


def _at(rows: list[bytes], x: int, y: int) -> bytes:
    return rows[y][x * 4 : x * 4 + 4]


def test_a_badge_has_the_colour_inside_the_accent_on_rim_and_band_and_clear_corners() -> None:
    for size in (32, 96, 128):
        width, rows = _pixels(badge_png("#123456", "#fedcba", size))
        assert width == size
        assert _at(rows, 0, 0) == b"\x00\x00\x00\x00"  # outside the disc
        assert _at(rows, size - 1, size - 1) == b"\x00\x00\x00\x00"
        assert _at(rows, size // 2, 2) == bytes((0xFE, 0xDC, 0xBA, 255))  # the rim
        assert _at(rows, size // 2, size // 2) == bytes((0xFE, 0xDC, 0xBA, 255))  # the band
        assert _at(rows, size // 4 + 2, size // 4 + 2) == bytes((0x12, 0x34, 0x56, 255))
    assert badge_png("#123456") != badge_png("#654321")
