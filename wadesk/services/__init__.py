"""Asyncio services, Qt-free: accounts, the outbox dispatcher, status polling."""
