"""Extraction quality: gold sets (the real-news texts kept out of the repository), the
metric of ``shared/eval/score.py`` and the calibration of confidence."""
