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


@functools.lru_cache(maxsize=8)
def _badge_shape(size: int) -> bytes:
    """Per pixel of a ``size`` badge: 0 outside the disc, 1 the accent (rim, band), 2 the fill."""
    centre = (size - 1) / 2
    radius = size / 2 - 1
    shape = bytearray()
    for y in range(size):
        for x in range(size):
            dist = ((x - centre) ** 2 + (y - centre) ** 2) ** 0.5
            if dist > radius:
                shape.append(0)
            elif dist > radius - size / 16 or abs((x + y) - size) < size / 10:
                shape.append(1)
            else:
                shape.append(2)
    return bytes(shape)


@functools.lru_cache(maxsize=64)
def badge_png(color: str, accent: str = "#ffffff", size: int = 128) -> bytes:
    """A round badge of ``color`` with a diagonal ``accent`` band, transparent outside the disc.

    The shape is worked out once per size; each colour is then a few byte translations (in the
    app's own process with ``--sandbox``, a pixel loop per logo held the GIL ~13 ms each while
    the first page's logos were asked for).
    """
    shape = _badge_shape(size)
    pixels = bytearray(len(shape) * 4)
    colours = zip((*_rgb(color), 255), (*_rgb(accent), 255), strict=True)
    for channel, (fill, rim) in enumerate(colours):
        table = bytes((0, rim, fill)) + bytes(253)
        pixels[channel::4] = shape.translate(table)
    stride = size * 4
    rows = b"".join(b"\x00" + pixels[y * stride : (y + 1) * stride] for y in range(size))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + _chunk(b"IEND", b"")
    )
