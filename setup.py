"""The package list, which pyproject.toml cannot say: studio's packages, and the top-level resources/ as the
package data studio.resources (templates, libraries, word lists, icons, translations, the sample)."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["studio", "studio.*"]), "studio.resources"],
    package_dir={"studio.resources": "resources"},
)
