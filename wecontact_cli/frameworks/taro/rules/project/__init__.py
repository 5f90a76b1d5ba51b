"""Taro rules on a project's config modules, registrations and typings."""
