"""Reusable pieces: the QR view, the spinner, notices, empty states."""
