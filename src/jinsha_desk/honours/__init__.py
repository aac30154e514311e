"""Honours (评选表彰): yearly campaigns such as 文明家庭, their public notice and certificates."""
