"""Images and fonts: frame normalisation, renditions and placeholders (Pillow, no Qt)."""
