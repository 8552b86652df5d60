-- System templates: user_id NULL, is_system true, read-only for every user.
-- Stable ids so every environment shares them.
--
-- Template variables (the complete list; previewTemplate answers 422 for any other name):
--   {{firstName}}      prospect's first name (first word of full_name)
--   {{lastName}}       prospect's last name (rest of full_name)
--   {{fullName}}       prospect's full name
--   {{jobTitle}}       prospect's job title
--   {{companyName}}    prospect's company
--   {{location}}       prospect's location
--   {{senderName}}     the user's full name
--   {{senderCompany}}  the user's company
--   {{talkingPoint}}   first talking point of the prospect's enrichment
--   {{painPoint}}      first pain point of the prospect's enrichment
--   {{recentActivity}} the enrichment's recent activity
-- LinkedIn templates have no subject (a connection note is at most 300 characters).

INSERT INTO templates (id, user_id, name, channel, use_case, subject, body, is_system) VALUES
('00000000-0000-4000-8000-000000000001', NULL, 'LinkedIn connection note', 'linkedin', 'initial_outreach', NULL,
 'Hi {{firstName}}, I enjoyed your post on {{recentActivity}}. I work with {{jobTitle}}s on {{painPoint}} and would be glad to connect. {{senderName}}',
 true),
('00000000-0000-4000-8000-000000000002', NULL, 'Cold e-mail: short and specific', 'email', 'initial_outreach',
 '{{companyName}} and {{painPoint}}',
 E'Hi {{firstName}},\n\nI noticed {{talkingPoint}}. Teams like {{companyName}} often tell us that {{painPoint}} eats hours every week.\n\nAt {{senderCompany}} we help {{jobTitle}}s cut that down without adding headcount. Would a 20-minute call next week be useful?\n\nBest,\n{{senderName}}',
 true),
('00000000-0000-4000-8000-000000000003', NULL, 'LinkedIn follow-up after connecting', 'linkedin', 'follow_up', NULL,
 E'Thanks for connecting, {{firstName}}! Out of curiosity: how is {{companyName}} handling {{painPoint}} today? Happy to share what has worked for similar teams in {{location}}.',
 true),
('00000000-0000-4000-8000-000000000004', NULL, 'E-mail follow-up: gentle bump', 'email', 'follow_up',
 'Re: {{companyName}} and {{painPoint}}',
 E'Hi {{firstName}},\n\nI know inboxes get busy, so I am bringing this back to the top. If {{painPoint}} is not a priority right now, just say so and I will not follow up again.\n\nIf it is, I can show you in 20 minutes how we approach it at {{senderCompany}}.\n\nThanks,\n{{senderName}}',
 true),
('00000000-0000-4000-8000-000000000005', NULL, 'E-mail follow-up: share a resource', 'email', 'follow_up',
 'A resource on {{painPoint}}',
 E'Hi {{firstName}},\n\nFollowing up with something useful rather than another ask: we wrote down how three {{jobTitle}}s tackled {{painPoint}}. Happy to send it over if it helps.\n\nBest,\n{{senderName}}\n{{senderCompany}}',
 true),
('00000000-0000-4000-8000-000000000006', NULL, 'LinkedIn reply: thanks and next step', 'linkedin', 'reply_response', NULL,
 E'Thanks for getting back to me, {{firstName}}. That makes sense. Would it help if I shared how we approached {{painPoint}} with a team similar to {{companyName}}?',
 true),
('00000000-0000-4000-8000-000000000007', NULL, 'E-mail reply: answer and propose', 'email', 'reply_response',
 'Re: {{companyName}}',
 E'Hi {{firstName}},\n\nThanks for the quick reply. To your point: {{talkingPoint}}.\n\nThe simplest next step is a short call where I listen to how {{companyName}} works today and tell you honestly whether we can help.\n\nBest,\n{{senderName}}',
 true),
('00000000-0000-4000-8000-000000000008', NULL, 'LinkedIn meeting request', 'linkedin', 'meeting_request', NULL,
 E'{{firstName}}, would you be open to a 20-minute call next week to compare notes on {{painPoint}}? Pick any slot that suits you and I will send an invite. {{senderName}}',
 true),
('00000000-0000-4000-8000-000000000009', NULL, 'E-mail meeting request', 'email', 'meeting_request',
 '20 minutes on {{painPoint}}, {{firstName}}?',
 E'Hi {{firstName}},\n\nBased on our conversation, I think a short call would be worth both our time. I would cover:\n- how {{jobTitle}}s at companies like {{companyName}} handle {{painPoint}}\n- what {{senderCompany}} would change in week one\n\nDoes Tuesday or Thursday work for you?\n\nBest,\n{{senderName}}',
 true),
('00000000-0000-4000-8000-00000000000a', NULL, 'Cold e-mail: congratulate on news', 'email', 'initial_outreach',
 'Congrats on {{recentActivity}}',
 E'Hi {{firstName}},\n\nCongratulations on {{recentActivity}}. Moments like that usually bring {{painPoint}} to the top of the list for a {{jobTitle}}.\n\nWe help teams at that stage at {{senderCompany}}. Worth a quick chat?\n\n{{senderName}}',
 true);
