"""The package list, which pyproject.toml cannot say: studio's packages, and the top-level resources/ as the
package data studio.resources (templates, libraries, word lists, icons, translations, the sample)."""

from setuptools import find_namespace_packages, setup

setup(
    # namespace packages too: studio/store has no __init__.py
    packages=[
        *find_namespace_packages(include=["studio", "studio.*"], exclude=["*.__pycache__"]),
        "studio.resources",
    ],
    package_dir={"studio.resources": "resources"},
)
