"""Volunteers (志愿服务): people, teams, activities and hours, micro-wishes."""
