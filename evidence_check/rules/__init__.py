"""Loading and validating the rule data kept under the top-level rules/ folder."""
