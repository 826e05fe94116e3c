-- Seed people for the Meta sandbox. Ids are numeric strings shaped like Meta's: app-scoped user ids,
-- 15-digit Page ids, and Instagram user ids starting with 17841. Profile pictures are served by the
-- sandbox itself (/sandbox/meta/assets/avatar/{username}.svg); no external URL.
INSERT INTO sandbox_fb_user (id, name, email, position) VALUES
    ('10160000000000011', 'Ava Martin', 'ava.martin@example.com', 1),
    ('10160000000000022', 'Ben Carter', 'ben.carter@example.com', 2),
    ('10160000000000033', 'Chloe Nguyen', 'chloe.nguyen@example.com', 3),
    ('10160000000000044', 'Dana Agency', 'dana@example.com', 4);

INSERT INTO sandbox_ig_user (id, username, name, account_type, biography, website, followers_count, follows_count, media_count) VALUES
    ('17841400000000101', 'avasbakery', 'Ava''s Bakery', 'BUSINESS', 'Small-batch sourdough and pastries baked daily in Portland. Pre-order for weekend pick-up.', 'https://avasbakery.example.com', 4812, 312, 287),
    ('17841400000000102', 'ava.creates', 'Ava Creates', 'MEDIA_CREATOR', 'Baker by day, illustrator by night. Recipes, sketches and behind-the-scenes.', 'https://avacreates.example.com', 15230, 498, 164),
    ('17841400000000403', 'northwind.coffee', 'Northwind Coffee Roasters', 'BUSINESS', 'Single-origin coffee roasted in small batches. Cafe open 7-5, Tue-Sun.', 'https://northwindcoffee.example.com', 22950, 801, 612),
    ('17841400000000414', 'lenaortiz.photo', 'Lena Ortiz', 'MEDIA_CREATOR', 'Portrait and travel photographer. Prints and workshops via the link below.', 'https://lenaortiz.example.com', 58411, 1204, 932),
    ('17841400000000426', 'harbor.yoga', 'Harbor Yoga Studio', 'BUSINESS', 'Yoga and pilates by the water. New student offer: first week free.', 'https://harboryoga.example.com', 3377, 205, 148);

INSERT INTO sandbox_page (id, owner_id, name, category, category_id, ig_user_id, position) VALUES
    ('110000000000101', '10160000000000011', 'Ava''s Bakery', 'Bakery', '197871390225897', '17841400000000101', 1),
    ('110000000000102', '10160000000000011', 'Ava Creates', 'Digital creator', '2700', '17841400000000102', 2),
    ('110000000000103', '10160000000000011', 'Ava''s Old Shop', 'Shopping & Retail', '200600219953504', NULL, 3),
    ('110000000000201', '10160000000000022', 'Ben''s Garage', 'Automotive Repair Shop', '176831012360626', NULL, 1),
    ('110000000000401', '10160000000000044', 'Aurora Florists', 'Local business', '2500', NULL, 1),
    ('110000000000402', '10160000000000044', 'Bluebell Dental Care', 'Local business', '2500', NULL, 2),
    ('110000000000403', '10160000000000044', 'Northwind Coffee Roasters', 'Coffee shop', '128673187201735', '17841400000000403', 3),
    ('110000000000404', '10160000000000044', 'Cedar & Pine Furniture', 'Local business', '2500', NULL, 4),
    ('110000000000405', '10160000000000044', 'Daybreak Bicycle Co.', 'Local business', '2500', NULL, 5),
    ('110000000000406', '10160000000000044', 'Elm Street Books', 'Local business', '2500', NULL, 6),
    ('110000000000407', '10160000000000044', 'Fern Hill Nursery', 'Local business', '2500', NULL, 7),
    ('110000000000408', '10160000000000044', 'Golden Crust Pizzeria', 'Local business', '2500', NULL, 8),
    ('110000000000409', '10160000000000044', 'Highline Climbing Gym', 'Local business', '2500', NULL, 9),
    ('110000000000410', '10160000000000044', 'Iris Optometry', 'Local business', '2500', NULL, 10),
    ('110000000000411', '10160000000000044', 'Juniper Pet Supplies', 'Local business', '2500', NULL, 11),
    ('110000000000412', '10160000000000044', 'Kestrel Outdoor Gear', 'Local business', '2500', NULL, 12),
    ('110000000000413', '10160000000000044', 'Lakeside Dental Lab', 'Local business', '2500', NULL, 13),
    ('110000000000414', '10160000000000044', 'Lena Ortiz Photography', 'Photographer', '181045748598069', '17841400000000414', 14),
    ('110000000000415', '10160000000000044', 'Maple Leaf Tutoring', 'Local business', '2500', NULL, 15),
    ('110000000000416', '10160000000000044', 'Nimbus Cloud Consulting', 'Local business', '2500', NULL, 16),
    ('110000000000417', '10160000000000044', 'Orchard Cider House', 'Local business', '2500', NULL, 17),
    ('110000000000418', '10160000000000044', 'Pebble Beach Surf School', 'Local business', '2500', NULL, 18),
    ('110000000000419', '10160000000000044', 'Quill & Ink Stationery', 'Local business', '2500', NULL, 19),
    ('110000000000420', '10160000000000044', 'Riverbend Veterinary', 'Local business', '2500', NULL, 20),
    ('110000000000421', '10160000000000044', 'Saffron Indian Kitchen', 'Local business', '2500', NULL, 21),
    ('110000000000422', '10160000000000044', 'Tidewater Kayak Rentals', 'Local business', '2500', NULL, 22),
    ('110000000000423', '10160000000000044', 'Union Square Barbers', 'Local business', '2500', NULL, 23),
    ('110000000000424', '10160000000000044', 'Violet Hour Cocktail Bar', 'Local business', '2500', NULL, 24),
    ('110000000000425', '10160000000000044', 'Willow Wedding Planning', 'Local business', '2500', NULL, 25),
    ('110000000000426', '10160000000000044', 'Harbor Yoga Studio', 'Yoga studio', '167219599997543', '17841400000000426', 26),
    ('110000000000427', '10160000000000044', 'Zephyr Wind Energy', 'Local business', '2500', NULL, 27);
