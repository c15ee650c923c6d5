INSERT INTO tiers (id, name, description, annual_price_pence, monthly_price_pence, voting_rights, requires_registration, sort_order) VALUES
  ('full', 'Full', 'Registered social workers in practice, management or education.', 18000, 1550, true, true, 1),
  ('asye', 'Newly qualified (ASYE)', 'In your first two years after qualifying, including the Assessed and Supported Year in Employment.', 9000, 775, true, true, 2),
  ('unwaged', 'Unwaged', 'Registered social workers not currently in paid work, including parental leave and career breaks.', 3000, NULL, true, true, 3),
  ('retired', 'Retired', 'Retired social workers who remain registered.', 4500, NULL, true, true, 4),
  ('student', 'Student', 'Students on a qualifying social work course. Students can take part in consultations but do not vote.', 2000, NULL, false, false, 5)
ON CONFLICT (id) DO NOTHING;
