"""wadesk: one desktop console for WhatsApp gateway APIs."""

__version__ = "0.1.0"
