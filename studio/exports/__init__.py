"""Model -> file: storyboards and shoot lists in Word, Excel, PDF and pictures. Reading outside files lives in studio.imports.

Every writer is a plain function ``export_x(project, script, variants, media, path, lang=...,
progress=None)`` that writes atomically (temp file, fsync, rename) and raises
:class:`~studio.exports.common.ExportError` subclasses on failure.
"""
