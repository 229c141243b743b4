"""invigilator: the exam room's record, offline. This package never imports Qt."""

__version__ = "0.1.0"
