-- The per-username login limit now counts failures from all addresses together, with its own higher default (50);
-- five failures lock only the username from the address they came from. A database still on the old default
-- moves to the new one; a value an administrator chose is kept.
UPDATE setting SET setting_value = '50', default_value = '50'
WHERE setting_key = 'security.login.max-failures-per-username' AND setting_value = '5';
