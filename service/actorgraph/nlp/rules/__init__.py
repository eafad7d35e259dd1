"""Dependency rules that read relations between actor mentions, one module per family."""
