"""Annotation Assistant: compose captions and rewrites from annotators' notes, and check them."""

__version__ = "0.1.0"
