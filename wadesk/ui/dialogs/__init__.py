"""Dialogs: accounts, pairing."""
