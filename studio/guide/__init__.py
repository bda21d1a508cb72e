"""The script guide: checks, templates, libraries and script-to-shots. Pure Python over the model."""
