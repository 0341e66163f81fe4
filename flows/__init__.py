"""akhbar.flows"""
