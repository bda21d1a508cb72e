"""Pictures of every awkward size and kind, made with Pillow, for the export tests."""

from __future__ import annotations

import io

from PIL import Image


def _save(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def _gradient(width: int, height: int) -> Image.Image:
    """An RGB picture with something in it (a plain colour would hide a scaling fault)."""
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    image.paste((200, 40, 40), (0, 0, max(1, width // 3), max(1, height // 3)))
    return image


def _rotated() -> bytes:
    exif = Image.Exif()
    exif[0x0112] = 6  # stored landscape, shown portrait
    return _save(_gradient(1600, 900), "JPEG", exif=exif.tobytes())


def _animated() -> bytes:
    frames = [Image.new("P", (240, 420), i * 40) for i in range(4)]
    return _save(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=80, loop=0)


def _sixteen_bit() -> bytes:
    return _save(
        Image.linear_gradient("L").resize((300, 1200)).convert("I").point(lambda v: v * 256).convert("I;16"),
        "PNG",
    )


def _transparent() -> bytes:
    image = Image.new("RGBA", (500, 900), (0, 0, 0, 0))
    image.paste((30, 120, 200, 255), (100, 100, 400, 800))
    return _save(image, "PNG")


#: name -> (the file's bytes, its file name)
PICTURES: dict[str, tuple[bytes, str]] = {
    "wide 4000x300": (_save(_gradient(4000, 300), "JPEG"), "wide.jpg"),
    "tall 300x4000": (_save(_gradient(300, 4000), "PNG"), "tall.png"),
    "long 1080x5000": (_save(_gradient(1080, 5000), "JPEG"), "screenshot.jpg"),
    "tiny 40x40": (_save(_gradient(40, 40), "PNG"), "icon.png"),
    "cmyk": (_save(_gradient(600, 1000).convert("CMYK"), "JPEG"), "print.jpg"),
    "16-bit": (_sixteen_bit(), "deep.png"),
    "transparent": (_transparent(), "cutout.png"),
    "animated": (_animated(), "loop.gif"),
    "rotated": (_rotated(), "phone.jpg"),
}
