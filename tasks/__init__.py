"""akhbar.tasks"""
