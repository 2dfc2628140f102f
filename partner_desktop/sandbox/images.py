"""Small generated PNG images (partner logos, avatars) built with zlib and struct only."""

from __future__ import annotations

import functools
import struct
import zlib


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def _rgb(color: str) -> tuple[int, int, int]:
    value = color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


@functools.lru_cache(maxsize=64)
def badge_png(color: str, accent: str = "#ffffff", size: int = 128) -> bytes:
    """A round badge of ``color`` with a diagonal ``accent`` band, transparent outside the disc."""
    r, g, b = _rgb(color)
    ar, ag, ab = _rgb(accent)
    centre = (size - 1) / 2
    radius = size / 2 - 1
    rows = bytearray()
    for y in range(size):
        rows.append(0)  # filter type "None" for every scanline
        for x in range(size):
            dist = ((x - centre) ** 2 + (y - centre) ** 2) ** 0.5
            if dist > radius:
                rows += b"\x00\x00\x00\x00"
            elif dist > radius - size / 16 or abs((x + y) - size) < size / 10:
                rows += bytes((ar, ag, ab, 255))
            else:
                rows += bytes((r, g, b, 255))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + _chunk(b"IEND", b"")
    )
