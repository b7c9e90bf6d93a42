"""The Reports panel: every message and campaign, live."""
