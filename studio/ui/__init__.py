"""The desktop studio: Qt widgets over the model. The only package that imports PySide6."""
