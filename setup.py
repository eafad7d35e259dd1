"""The wheel carries everything the service needs at run time. The package's own data
(gazetteer, lexicon, templates, the widget's scripts) is package data (pyproject.toml);
this adds the folders a checkout keeps beside the package: the Cypher library, the seed
articles and the Neo4j launcher's sources, copied under ``actorgraph/bundled/``, where
``actorgraph.config.data_dir`` finds them. An editable install reads the checkout's
folders instead, so nothing is copied for one."""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
BUNDLED = ("cypher", "seeds", "neo4j-launcher")
#: The widget's Cytoscape.js comes from npm (scripts/setup-web), not from the repository.
VENDOR = ROOT / "service" / "actorgraph" / "web" / "static" / "vendor" / "cytoscape.min.js"


class BuildPyWithData(build_py):
    def run(self) -> None:
        if getattr(self, "editable_mode", False):
            super().run()
            return
        if not VENDOR.is_file():
            raise SystemExit(f"{VENDOR} is missing: run scripts/setup-web --assets-only first")
        super().run()
        target = Path(self.build_lib) / "actorgraph" / "bundled"
        for name in BUNDLED:
            # The launcher's Maven output (target/) is built where it runs, not shipped.
            skip = shutil.ignore_patterns("target")
            shutil.copytree(ROOT / name, target / name, ignore=skip, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildPyWithData})
