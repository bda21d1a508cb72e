<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>BeatCard</name>
        <message>
            <location filename="../../studio/ui/views/write_cards.py" line="+113" />
            <source>+ Alternative</source>
            <translation>+ Alternative</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add another way to play this beat (for an A/B test)</source>
            <translation>Add another way to play this beat (for an A/B test)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Library…</source>
            <translation>Library…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Insert a proven hook line</source>
            <translation>Insert a proven hook line</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Insert a proven call to action</source>
            <translation>Insert a proven call to action</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Move or remove this beat</source>
            <translation>Move or remove this beat</translation>
        </message>
        <message>
            <location line="+28" />
            <source>What this alternative tries (e.g. price stimulus)</source>
            <translation>What this alternative tries (e.g. price stimulus)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>+ Shot</source>
            <translation>+ Shot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a shot at the end of this alternative</source>
            <translation>Add a shot at the end of this alternative</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove alternative %1</source>
            <translation>Remove alternative %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>No shots yet: add one, or paste a voice-over script.</source>
            <extracomment>The shown alternative's rows by shot id, built as they scroll into view.</extracomment>
            <translation>No shots yet: add one, or paste a voice-over script.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Not in the brief yet: %1. Click it to fill it in on the Brief tab.</source>
            <translation>Not in the brief yet: %1. Click it to fill it in on the Brief tab.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Filled from the brief (in bold)</source>
            <translation>Filled from the brief (in bold)</translation>
        </message>
        <message>
            <location line="+44" />
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 / %2 s</source>
            <translation>%1 / %2 s</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: %2 s used</source>
            <translation>%1: %2 s used</translation>
        </message>
        <message>
            <location line="+2" />
            <source> of a %1 s budget</source>
            <translation> of a %1 s budget</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Over budget by %1 s</source>
            <translation>Over budget by %1 s</translation>
        </message>
    </context>
    <context>
        <name>BriefNeeds</name>
        <message>
            <location filename="../../studio/ui/views/brief_needs.py" line="+63" />
            <source>“%1” needs from the brief: %2</source>
            <extracomment>Row labels as first written, so a mark can be taken off again.</extracomment>
            <translation>“%1” needs from the brief: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Still missing: %1</source>
            <translation>Still missing: %1</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Coupon</source>
            <translation>Coupon</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stock</source>
            <translation>Stock</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (needed)</source>
            <translation>%1 (needed)</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The template needs this from the brief</source>
            <translation>The template needs this from the brief</translation>
        </message>
    </context>
    <context>
        <name>BriefView</name>
        <message>
            <location filename="../../studio/ui/views/brief.py" line="+73" />
            <source>Name</source>
            <extracomment>The project settings the tab shows beside the brief. The selling points' column of the pain each answers (a list to pick from). The selling points' column of the persona each is for (a list to pick from). The brief's lists of lines, edited one line per item.</extracomment>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Where they watch</source>
            <translation>Where they watch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What they say</source>
            <translation>What they say</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Selling point</source>
            <translation>Selling point</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answers pain</source>
            <translation>Answers pain</translation>
        </message>
        <message>
            <location line="+0" />
            <source>For persona</source>
            <translation>For persona</translation>
        </message>
        <message>
            <location line="+6" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location line="+8" />
            <source>How and by when creators send their draft</source>
            <translation>How and by when creators send their draft</translation>
        </message>
        <message>
            <location line="+3" />
            <source>https://… (printed as a QR code on the creator brief)</source>
            <translation>https://… (printed as a QR code on the creator brief)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Product, brand, platform and category: Project Settings</source>
            <translation>Product, brand, platform and category: Project Settings</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Audience</source>
            <translation>Audience</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pain points</source>
            <translation>Pain points</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Itch points</source>
            <translation>Itch points</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pleasure points</source>
            <translation>Pleasure points</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Selling points</source>
            <translation>Selling points</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Usage scenes</source>
            <translation>Usage scenes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Coupon</source>
            <translation>Coupon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stock</source>
            <translation>Stock</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Offer</source>
            <translation>Offer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Must say</source>
            <translation>Must say</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Never say</source>
            <translation>Never say</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target length</source>
            <translation>Target length</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+247" />
            <location line="+3" />
            <source>Draft from brief</source>
            <translation>Draft from brief</translation>
        </message>
        <message>
            <location line="-248" />
            <location line="+92" />
            <source>Add a complete first script for this template, written from the brief</source>
            <extracomment>What the chosen template needs from the brief, with the missing fields marked.</extracomment>
            <translation>Add a complete first script for this template, written from the brief</translation>
        </message>
        <message>
            <location line="+10" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“%1” (not one of the pains: pick one)</source>
            <translation>“%1” (not one of the pains: pick one)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The pain point this selling point answers, picked from the pains above</source>
            <translation>The pain point this selling point answers, picked from the pains above</translation>
        </message>
        <message>
            <location line="+10" />
            <source>(any persona)</source>
            <translation>(any persona)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“%1” (not one of the personas: pick one)</source>
            <translation>“%1” (not one of the personas: pick one)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The persona this selling point is for, picked from the audience above</source>
            <translation>The persona this selling point is for, picked from the audience above</translation>
        </message>
        <message>
            <location line="+93" />
            <source>Edit brief</source>
            <translation>Edit brief</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The brief is empty: fill it in first, then draft from it.</source>
            <translation>The brief is empty: fill it in first, then draft from it.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Wrote the draft into the empty script “%1”; Undo takes it back.</source>
            <translation>Wrote the draft into the empty script “%1”; Undo takes it back.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Added the draft “%1” as a new script; Undo takes it back.</source>
            <translation>Added the draft “%1” as a new script; Undo takes it back.</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <location filename="../../studio/ui/workspace/pages.py" line="+208" />
            <source>Bold: something planned · red: overdue</source>
            <translation>Bold: something planned · red: overdue</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Campaign &amp;Phases…</source>
            <translation>Campaign &amp;Phases…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the team's own phases (a brand day, a live-stream week)</source>
            <translation>Add the team's own phases (a brand day, a live-stream week)</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Overdue: %1</source>
            <translation>Overdue: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nothing on this day</source>
            <translation>Nothing on this day</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <location filename="../../studio/ui/views/storyboard.py" line="+148" />
            <source>Loading…</source>
            <extracomment>Width of a card's frame in device-independent pixels (as many cards a row as fit). The narrowest frame a chosen number of cards a row may shrink a card to. The numbers of cards a row the user can choose (0: as many as fit at CARD_WIDTH).</extracomment>
            <translation>Loading…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Frame missing</source>
            <translation>Frame missing</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Drop an image here</source>
            <translation>Drop an image here</translation>
        </message>
        <message>
            <location line="+51" />
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <location filename="../../studio/ui/views/shotlist_columns.py" line="+38" />
            <source>Columns</source>
            <extracomment>Columns the user may not hide: without the code a row cannot be told from its neighbours. The union list's column, shown by the union box, not by the user.</extracomment>
            <translation>Columns</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Show All Columns</source>
            <translation>Show All Columns</translation>
        </message>
    </context>
    <context>
        <name>CommandPalette</name>
        <message>
            <location filename="../../studio/ui/command_palette.py" line="+137" />
            <source>Find</source>
            <extracomment>Most entries the list shows at once (the rest are found by typing more).</extracomment>
            <translation>Find</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Command Palette</source>
            <translation>Command Palette</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Find a shot, beat, variant or creator…</source>
            <translation>Find a shot, beat, variant or creator…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type an action, shot, beat, variant or creator…</source>
            <translation>Type an action, shot, beat, variant or creator…</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shot</source>
            <translation>Shot</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 (not possible here now)</source>
            <translation>%1 (not possible here now)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing matches</source>
            <translation>Nothing matches</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n found</source>
            <translation>
                <numerusform>%n found</numerusform>
                <numerusform>%n found</numerusform>
            </translation>
        </message>
        <message>
            <location line="+0" />
            <source> (type more to see the rest)</source>
            <translation> (type more to see the rest)</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <location filename="../../studio/ui/crash.py" line="+78" />
            <source>Studio</source>
            <translation>Studio</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your project is saved. The details were written to {path}.</source>
            <translation>Your project is saved. The details were written to {path}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Copy Details</source>
            <translation>Copy Details</translation>
        </message>
    </context>
    <context>
        <name>CreatorListView</name>
        <message>
            <location filename="../../studio/ui/views/creator_list.py" line="+108" />
            <source>Add</source>
            <extracomment>Column widths in characters of the font (name, platform, handle, variant, status, link, numbers with GMV in its currency, "¥51,480.00", notes). Most things due listed above the table (the rest counted). Most lines of a returned script's check shown in its box; all of them are in the box's details. The Edit menu names its row items after creators while this tab is in front.</extracomment>
            <translation>Add</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+512" />
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <location line="-511" />
            <location line="+512" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location line="-511" />
            <source>Move the creator up</source>
            <translation>Move the creator up</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the creator down</source>
            <translation>Move the creator down</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+510" />
            <source>Paste from Excel</source>
            <translation>Paste from Excel</translation>
        </message>
        <message>
            <location line="-509" />
            <source>Import list…</source>
            <translation>Import list…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check returned script…</source>
            <translation>Check returned script…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Paste rows copied from Excel or WPS: with a header row (达人昵称, 平台, 账号 …) or in this table's order</source>
            <translation>Paste rows copied from Excel or WPS: with a header row (达人昵称, 平台, 账号 …) or in this table's order</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Check a creator's returned script (.docx or .txt) against the brief and the ad law</source>
            <translation>Check a creator's returned script (.docx or .txt) against the brief and the ad law</translation>
        </message>
        <message>
            <location line="+104" />
            <source>No creators yet: Add one, paste rows copied from Excel or WPS (Ctrl+V), or import a list.</source>
            <extracomment>What needs doing: drafts late, posts due, usage rights about to expire (hidden when nothing is).</extracomment>
            <translation>No creators yet: Add one, paste rows copied from Excel or WPS (Ctrl+V), or import a list.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{count} creators · {plays} plays · {orders} orders · GMV {gmv}</source>
            <translation>{count} creators · {plays} plays · {orders} orders · GMV {gmv}</translation>
        </message>
        <message>
            <location line="-128" />
            <location line="+504" />
            <source>Creator brief…</source>
            <translation>Creator brief…</translation>
        </message>
        <message>
            <location line="-362" />
            <source>… and {n} more: studio creators FILE --due lists them all</source>
            <translation>… and {n} more: studio creators FILE --due lists them all</translation>
        </message>
        <message>
            <location line="+48" />
            <source>New creator</source>
            <translation>New creator</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add creator</source>
            <translation>Add creator</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Duplicate creators</source>
            <translation>Duplicate creators</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Remove creators</source>
            <translation>Remove creators</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Move creator</source>
            <translation>Move creator</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The clipboard holds no cells to paste.</source>
            <translation>The clipboard holds no cells to paste.</translation>
        </message>
        <message>
            <location line="+15" />
            <source> Nothing was pasted; rows {numbers} hold a bad value too.</source>
            <translation> Nothing was pasted; rows {numbers} hold a bad value too.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The pasted creators are already in the list with these values.</source>
            <translation>The pasted creators are already in the list with these values.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paste creators</source>
            <translation>Paste creators</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+104" />
            <source>Added {added}, updated {updated} creators</source>
            <translation>Added {added}, updated {updated} creators</translation>
        </message>
        <message>
            <location line="-93" />
            <source>{summary}. Left out, {count} rows with a bad value; fix them and paste those rows again:</source>
            <translation>{summary}. Left out, {count} rows with a bad value; fix them and paste those rows again:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rows {numbers} too.</source>
            <translation>Rows {numbers} too.</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+67" />
            <source>Import creators</source>
            <translation>Import creators</translation>
        </message>
        <message>
            <location line="-66" />
            <source>Creators list (*.csv *.xlsx *.txt)</source>
            <translation>Creators list (*.csv *.xlsx *.txt)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Reading {name}…</source>
            <extracomment>How the last import read in the background ended: True when the list changed, None while it reads.</extracomment>
            <translation>Reading {name}…</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+5" />
            <source>{path} cannot be read: {reason}</source>
            <translation>{path} cannot be read: {reason}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{path}: every creator is already in the list with these values.</source>
            <translation>{path}: every creator is already in the list with these values.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{path}: rows {numbers} were not imported (a bad value); fix them and import the file again.</source>
            <translation>{path}: rows {numbers} were not imported (a bad value); fix them and import the file again.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Creator brief for {name}</source>
            <extracomment>The last brief export started (it runs on in the background), for tests and the window's close.</extracomment>
            <translation>Creator brief for {name}</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+2" />
            <source>Creator brief</source>
            <translation>Creator brief</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Word (*.docx);;PDF (*.pdf);;Picture for phones (*.png)</source>
            <translation>Word (*.docx);;PDF (*.pdf);;Picture for phones (*.png)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Check a returned script</source>
            <translation>Check a returned script</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scripts (*.docx *.txt *.md)</source>
            <translation>Scripts (*.docx *.txt *.md)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{path} holds no script text: nothing to check.</source>
            <translation>{path} holds no script text: nothing to check.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{path} cannot be read as a script.</source>
            <translation>{path} cannot be read as a script.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Returned script: {name}</source>
            <translation>Returned script: {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reads in about {seconds} s.</source>
            <translation>Reads in about {seconds} s.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ready to shoot: every must-say line, no banned word, no ad-law breach.</source>
            <translation>Ready to shoot: every must-say line, no banned word, no ad-law breach.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send it back to the creator:</source>
            <translation>Send it back to the creator:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>… and {n} more: Show Details.</source>
            <translation>… and {n} more: Show Details.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Open link</source>
            <translation>Open link</translation>
        </message>
    </context>
    <context>
        <name>Creators</name>
        <message>
            <location filename="../../studio/ui/views/creator_list_model.py" line="+169" />
            <source>{link}
Ctrl+click to open</source>
            <extracomment>The project's list changed (an edit, an undo, a reset).</extracomment>
            <translation>{link}
Ctrl+click to open</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Edit creator</source>
            <translation>Edit creator</translation>
        </message>
        <message>
            <location line="+18" />
            <source>(project's platform)</source>
            <translation>(project's platform)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(base variant)</source>
            <translation>(base variant)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/views/creator_deal.py" line="+178" />
            <location filename="../../studio/ui/views/creator_list_words.py" line="+36" />
            <location line="+8" />
            <location line="+5" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../studio/ui/views/creator_deal_words.py" line="+34" />
            <source>Top (头部)</source>
            <translation>Top (头部)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Upper mid (肩部)</source>
            <translation>Upper mid (肩部)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mid (腰部)</source>
            <translation>Mid (腰部)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Micro (尾部)</source>
            <translation>Micro (尾部)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Amateur (素人)</source>
            <translation>Amateur (素人)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Flat fee (一口价)</source>
            <translation>Flat fee (一口价)</translation>
        </message>
    </context>
    <context>
        <name>CreatorsPanel</name>
        <message>
            <location filename="../../studio/ui/views/results_creators.py" line="+83" />
            <source>By creator</source>
            <extracomment>Sort keys live here; pending rows carry None and stay at the bottom in either direction.</extracomment>
            <translation>By creator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By variant, across creators</source>
            <translation>By variant, across creators</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Compare fees and commissions (the Creators tab's deal) with the GMV they brought</source>
            <extracomment>Show what creators cost against what they brought (cost, per 1,000 plays, per order, ROI).</extracomment>
            <translation>Compare fees and commissions (the Creators tab's deal) with the GMV they brought</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Compare:</source>
            <translation>Compare:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No creators yet. Add the creators of the campaign in the Creators tab (name, assigned variant, plays, conversions and GMV of their video) to compare them here.</source>
            <translation>No creators yet. Add the creators of the campaign in the Creators tab (name, assigned variant, plays, conversions and GMV of their video) to compare them here.</translation>
        </message>
        <message>
            <location line="+74" />
            <source>%1 creators, %2 with results, %3 pending</source>
            <translation>%1 creators, %2 with results, %3 pending</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Dot: value; line: 95 % interval; ★ ahead of every other one (only where the data show it)</source>
            <translation>Dot: value; line: 95 % interval; ★ ahead of every other one (only where the data show it)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No fee or commission entered yet: add them in the Creators tab's deal.</source>
            <translation>No fee or commission entered yet: add them in the Creators tab's deal.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No results from any creator yet.</source>
            <translation>No results from any creator yet.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Name (hover for handle and link)</source>
            <translation>Name (hover for handle and link)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The variant the creator was given</source>
            <translation>The variant the creator was given</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where the collaboration stands</source>
            <translation>Where the collaboration stands</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The variant, its creators' results summed</source>
            <translation>The variant, its creators' results summed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Creators</source>
            <translation>Creators</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Creators with results (and pending)</source>
            <translation>Creators with results (and pending)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+8" />
            <source>Conversions (orders)</source>
            <translation>Conversions (orders)</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Conv./play</source>
            <translation>Conv./play</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Conversions per play, with its 95 % interval in the tooltip</source>
            <translation>Conversions per play, with its 95 % interval in the tooltip</translation>
        </message>
        <message>
            <location line="+2" />
            <source>GPM</source>
            <translation>GPM</translation>
        </message>
        <message>
            <location line="+0" />
            <source>GMV per 1,000 plays, with its 95 % interval in the tooltip</source>
            <translation>GMV per 1,000 plays, with its 95 % interval in the tooltip</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GMV share</source>
            <translation>GMV share</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Share of the GMV of all creators</source>
            <translation>Share of the GMV of all creators</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Fees plus commissions on GMV (the Creators tab's deal)</source>
            <translation>Fees plus commissions on GMV (the Creators tab's deal)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cost/1k plays</source>
            <translation>Cost/1k plays</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cost per 1,000 plays, with its 95 % interval in the tooltip</source>
            <translation>Cost per 1,000 plays, with its 95 % interval in the tooltip</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cost/order</source>
            <translation>Cost/order</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cost per order, with its 95 % interval in the tooltip</source>
            <translation>Cost per order, with its 95 % interval in the tooltip</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ROI</source>
            <translation>ROI</translation>
        </message>
        <message>
            <location line="+0" />
            <source>GMV over cost, with its 95 % interval in the tooltip</source>
            <translation>GMV over cost, with its 95 % interval in the tooltip</translation>
        </message>
        <message>
            <location line="+47" />
            <source> (+%1 pending)</source>
            <translation> (+%1 pending)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no results yet</source>
            <translation>no results yet</translation>
        </message>
        <message>
            <location line="+34" />
            <source>No fee or commission entered: add them in the Creators tab's deal.</source>
            <translation>No fee or commission entered: add them in the Creators tab's deal.</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+11" />
            <source>95 % interval: %1 – %2</source>
            <translation>95 % interval: %1 – %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>More conversions than plays: check this creator's figures in the Creators tab.</source>
            <translation>More conversions than plays: check this creator's figures in the Creators tab.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Ahead of every other one on this measure</source>
            <translation>Ahead of every other one on this measure</translation>
        </message>
    </context>
    <context>
        <name>CropCanvas</name>
        <message>
            <location filename="../../studio/ui/dialogs/crop.py" line="+51" />
            <source>Crop box on the picture</source>
            <extracomment>How far one arrow key moves or resizes the box, as a fraction of the picture.</extracomment>
            <translation>Crop box on the picture</translation>
        </message>
    </context>
    <context>
        <name>CropDialog</name>
        <message>
            <location line="+97" />
            <source>Adjust crop of %1</source>
            <translation>Adjust crop of %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Left %</source>
            <translation>Left %</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Top %</source>
            <translation>Top %</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Width %</source>
            <translation>Width %</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Height %</source>
            <translation>Height %</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Whole picture</source>
            <translation>Whole picture</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Drag a box on the picture, or move it with the arrow keys (Shift+arrows: size). The dashed outline is what this variant's frame shows.</source>
            <translation>Drag a box on the picture, or move it with the arrow keys (Shift+arrows: size). The dashed outline is what this variant's frame shows.</translation>
        </message>
    </context>
    <context>
        <name>DealPanel</name>
        <message>
            <location filename="../../studio/ui/views/creator_deal.py" line="-93" />
            <source>Douyin, Xiaohongshu · all</source>
            <extracomment>The fields typed as text, in the form's order (tier, deal and paid-ad use are chosen). How a refused field is marked.</extracomment>
            <translation>Douyin, Xiaohongshu · all</translation>
        </message>
        <message>
            <location line="+1" />
            <source>30 days</source>
            <translation>30 days</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 video of 60 s + 3 pictures</source>
            <translation>1 video of 60 s + 3 pictures</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid ads allowed</source>
            <translation>Paid ads allowed</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Exclusivity</source>
            <translation>Exclusivity</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Fee ({sign})</source>
            <translation>Fee ({sign})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deal: choose a creator</source>
            <translation>Deal: choose a creator</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Deal with {name}</source>
            <translation>Deal with {name}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Exclusive until {date}</source>
            <translation>Exclusive until {date}</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Enter a fee or a commission to see what this creator costs and returns.</source>
            <translation>Enter a fee or a commission to see what this creator costs and returns.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cost {cost}</source>
            <translation>Cost {cost}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{cpm} per 1,000 plays</source>
            <translation>{cpm} per 1,000 plays</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{cpo} per order</source>
            <translation>{cpo} per order</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ROI {roi}</source>
            <translation>ROI {roi}</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Change {field} of {name}</source>
            <translation>Change {field} of {name}</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../studio/ui/error_messages.py" line="+71" />
            <source>Studio</source>
            <translation>Studio</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../../studio/ui/dialogs/export.py" line="+58" />
            <source>Word storyboard (.docx)</source>
            <translation>Word storyboard (.docx)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel shot list workbook (.xlsx)</source>
            <translation>Excel shot list workbook (.xlsx)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF storyboard and shoot list (.pdf)</source>
            <translation>PDF storyboard and shoot list (.pdf)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read-through script (.docx, .md, .txt)</source>
            <translation>Read-through script (.docx, .md, .txt)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Storyboard picture for chat groups (.png, .jpg)</source>
            <translation>Storyboard picture for chat groups (.png, .jpg)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shot list for other tools and spreadsheets (.csv)</source>
            <translation>Shot list for other tools and spreadsheets (.csv)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Animatic video with captions and sound (.mp4)</source>
            <translation>Animatic video with captions and sound (.mp4)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Short animatic for chats (.gif, .webp)</source>
            <translation>Short animatic for chats (.gif, .webp)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Captions: voice-over and on-screen text, two files (.srt)</source>
            <translation>Captions: voice-over and on-screen text, two files (.srt)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Creator brief, a page per creator (.docx, .pdf, .png)</source>
            <translation>Creator brief, a page per creator (.docx, .pdf, .png)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Anyone: every format</source>
            <extracomment>Who receives an export, and the formats made for them (in menu order); "" offers every format.</extracomment>
            <translation>Anyone: every format</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client: storyboard to approve</source>
            <translation>Client: storyboard to approve</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Crew: shot list for the shoot</source>
            <translation>Crew: shot list for the shoot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Editor: animatic and shot list</source>
            <translation>Editor: animatic and shot list</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Creator: their brief</source>
            <translation>Creator: their brief</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Operator: report with results and creators' figures</source>
            <translation>Operator: report with results and creators' figures</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Table: a row per shot</source>
            <translation>Table: a row per shot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Large frames: 3 × 2 panels, landscape</source>
            <translation>Large frames: 3 × 2 panels, landscape</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Large frames: 2 × 3 panels, portrait</source>
            <translation>Large frames: 2 × 3 panels, portrait</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Cannot use the sound file {path}: {detail}</source>
            <extracomment>The operating system's words for a full disk, a used-up quota or the file size limit.</extracomment>
            <translation>Cannot use the sound file {path}: {detail}</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Exporting {name}…</source>
            <translation>Exporting {name}…</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Export failed</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <location line="+306" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exported to {folder}:</source>
            <translation>Exported to {folder}:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Check before you send it:</source>
            <translation>Check before you send it:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open Folder</source>
            <translation>Open Folder</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs/import_mapping.py" line="+186" />
            <location line="+46" />
            <source>Import Excel Shot Script</source>
            <translation>Import Excel Shot Script</translation>
        </message>
        <message>
            <location line="-44" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Reading the workbook…</source>
            <translation>Reading the workbook…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Save the Imported Project As</source>
            <translation>Save the Imported Project As</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Studio projects (*.studio)</source>
            <translation>Studio projects (*.studio)</translation>
        </message>
        <message>
            <location line="-26" />
            <location line="+30" />
            <location line="+16" />
            <source>Import failed</source>
            <translation>Import failed</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Importing the workbook…</source>
            <translation>Importing the workbook…</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Imported {shots} shots in {beats} beats from {name}.</source>
            <translation>Imported {shots} shots in {beats} beats from {name}.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../studio/ui/dialogs/export.py" line="-276" />
            <location line="+49" />
            <location line="+85" />
            <location line="+30" />
            <location line="+5" />
            <location line="+6" />
            <location line="+4" />
            <location line="+29" />
            <location line="+26" />
            <source>Export</source>
            <extracomment>Errors the guide shows on the script: exporting with them asks once. The files written, once the export started by :meth:`run` has ended (it runs on after the dialog). What the animatic shows differently from the cut, in the window's language (empty for others). The export under way in the background, once started.</extracomment>
            <translation>Export</translation>
        </message>
        <message>
            <location line="-230" />
            <source>Who receives the file: the formats made for them are offered</source>
            <translation>Who receives the file: the formats made for them are offered</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Include A/B results and creators' figures (spend, GMV, plays, orders)</source>
            <translation>Include A/B results and creators' figures (spend, GMV, plays, orders)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>For the operator's report only: clients, crews and editors never need them</source>
            <translation>For the operator's report only: clients, crews and editors never need them</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Chinese</source>
            <translation>Chinese</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location line="+1" />
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <location line="+9" />
            <source> dB</source>
            <translation> dB</translation>
        </message>
        <message>
            <location line="+1" />
            <source>0 dB plays the music as recorded; -18 dB sits under a voice</source>
            <translation>0 dB plays the music as recorded; -18 dB sits under a voice</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Paper</source>
            <translation>Paper</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Layout</source>
            <translation>Layout</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Music</source>
            <translation>Music</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Music level</source>
            <translation>Music level</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location line="+20" />
            <source>None (WAV, MP3 or M4A)</source>
            <translation>None (WAV, MP3 or M4A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a sound file</source>
            <translation>Choose a sound file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sound (*.wav *.mp3 *.m4a *.aac *.flac *.ogg)</source>
            <translation>Sound (*.wav *.mp3 *.m4a *.aac *.flac *.ogg)</translation>
        </message>
        <message>
            <location line="+46" />
            <source>No such sound file: {path}</source>
            <translation>No such sound file: {path}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Export to</source>
            <translation>Export to</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Choose at least one variant.</source>
            <translation>Choose at least one variant.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose a file to export to.</source>
            <translation>Choose a file to export to.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>{names} already exists. Replace it?</source>
            <translation>{names} already exists. Replace it?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} files already exist: {names}. Replace them?</source>
            <translation>{count} files already exist: {names}. Replace them?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replace</source>
            <translation>Replace</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Or keep it and export to {name}.</source>
            <translation>Or keep it and export to {name}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use New Name</source>
            <translation>Use New Name</translation>
        </message>
        <message>
            <location line="+18" />
            <source>1 error remains in the guide: export anyway?</source>
            <translation>1 error remains in the guide: export anyway?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} errors remain in the guide: export anyway?</source>
            <translation>{count} errors remain in the guide: export anyway?</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../studio/ui/fileactions.py" line="+31" />
            <source>Studio projects (*.studio)</source>
            <translation>Studio projects (*.studio)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Cannot create the project</source>
            <translation>Cannot create the project</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open Project</source>
            <translation>Open Project</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Save As</source>
            <translation>Save As</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot save the project there</source>
            <translation>Cannot save the project there</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Now editing {name}</source>
            <translation>Now editing {name}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save a Copy</source>
            <translation>Save a Copy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot save the copy there</source>
            <translation>Cannot save the copy there</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Copy saved as {name}</source>
            <translation>Copy saved as {name}</translation>
        </message>
        <message>
            <location line="+85" />
            <source>Select a creator in the table first: the brief is written for them.</source>
            <translation>Select a creator in the table first: the brief is written for them.</translation>
        </message>
        <message>
            <location line="+58" />
            <source>About Studio</source>
            <translation>About Studio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;h3&gt;Studio {version}&lt;/h3&gt;&lt;p&gt;Write short selling videos in beats, test variants, print shot lists and hand packs to the editor.&lt;/p&gt;&lt;p&gt;Icons: Lucide (ISC licence).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Studio {version}&lt;/h3&gt;&lt;p&gt;Write short selling videos in beats, test variants, print shot lists and hand packs to the editor.&lt;/p&gt;&lt;p&gt;Icons: Lucide (ISC licence).&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>FrameScreen</name>
        <message>
            <location filename="../../studio/ui/views/preview.py" line="+76" />
            <source>Nothing to play yet</source>
            <extracomment>Playback advances in tenths of a second, the model's unit of time.</extracomment>
            <translation>Nothing to play yet</translation>
        </message>
    </context>
    <context>
        <name>GuidePanel</name>
        <message>
            <location filename="../../studio/ui/views/guide_panel.py" line="+174" />
            <source>This variant</source>
            <extracomment>Wait this long after the last edit before re-checking, so typing stays smooth. The segmenter's dictionary starts loading once the first findings are painted, or this long after they are shown when the panel is not painted (its dock hidden). After an edit, the kept findings whose fixes must be judged again: when there are at most this many, they are judged at once (a short script is shown exactly, in one go) ... ... else in later pieces of this length, the rows on the list's screen first, each row keeping its last sentence meanwhile: at 1,000 shots an edit leaves a hundred fixes to judge again, at 5,000 several hundred, which in one block held the window for 10-50 ms after each pause in the typing. Milliseconds from an update to its first slice of judging. Rows above and below the list's screen judged first with it (a finding added or gone above moves them). The fix a row was shown with before its finding was judged (never a finding's fix: judged again when read). True when the panel has nothing to show but its summary line, False when findings appear. The list shows a new check's findings. What each list row shows: (finding's key, severity, text); the list changes by difference. The finding each row holds (FindingRole's value, kept here too: reading it back costs). id(finding) -&gt; (finding, its sentence in ``_bodies_lang``, key, severity, fix): an unchanged shot keeps its finding objects from check to check, so their sentences are built once. Kept findings whose rows still show their fix from before the last edit (see _judge_stale). True when the last check left out hits waiting for the segmenter's dictionary. The first check while it runs in the background, and the edits made meanwhile. True once the segmenter's dictionary was asked to load (after the first findings are painted). Checks leave out the hits needing the dictionary until it is in (False once it failed to load). (project, script, entities by id, order in the script) as of the last change of structure: an edit of a field leaves them as they are, so an update does not walk every shot to rebuild them. Bumped by a change that may rename a place findings name (a shot's code, a beat, an alternative's label, a variant's name, the structure): each finding's place in words is kept until then. id(finding) -&gt; (finding, its place in words) as of ``_wheres_at`` (see _update_list). The current stale round's row positions by finding (see _judge_stale). Reads the words inside the shots' pictures (OCR) in the background, after each shown check.</extracomment>
            <translation>This variant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whole script</source>
            <translation>Whole script</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+510" />
            <source>Apply fix</source>
            <translation>Apply fix</translation>
        </message>
        <message>
            <location line="-475" />
            <source>Checking the script…</source>
            <extracomment>"Reading the words in pictures: 1 of 4", shown only while pictures are read.</extracomment>
            <translation>Checking the script…</translation>
        </message>
        <message>
            <location line="+135" />
            <source>The guide could not check this script.</source>
            <translation>The guide could not check this script.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Reading the words in pictures: %1 of %2</source>
            <translation>Reading the words in pictures: %1 of %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Text inside the shots' pictures is checked like captions.</source>
            <translation>Text inside the shots' pictures is checked like captions.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>No problems found yet (the dictionary is loading).</source>
            <translation>No problems found yet (the dictionary is loading).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No problems found.</source>
            <translation>No problems found.</translation>
        </message>
        <message>
            <location line="+251" />
            <source>Open the brief</source>
            <translation>Open the brief</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Fix: %1</source>
            <translation>Fix: %1</translation>
        </message>
        <message>
            <location line="-4" />
            <location line="+6" />
            <source>Advice: %1</source>
            <translation>Advice: %1</translation>
        </message>
        <message>
            <location line="-256" />
            <source>%1 error</source>
            <translation>%1 error</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 errors</source>
            <translation>%1 errors</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 warning</source>
            <translation>%1 warning</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 warnings</source>
            <translation>%1 warnings</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 tip</source>
            <translation>%1 tip</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 tips</source>
            <translation>%1 tips</translation>
        </message>
        <message>
            <location line="+4" />
            <source>dictionary loading…</source>
            <translation>dictionary loading…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>More findings may follow once the word dictionary has loaded.</source>
            <translation>More findings may follow once the word dictionary has loaded.</translation>
        </message>
        <message>
            <location line="+279" />
            <source>Apply fix: %1</source>
            <translation>Apply fix: %1</translation>
        </message>
    </context>
    <context>
        <name>ImportMapping</name>
        <message>
            <location filename="../../studio/ui/dialogs/import_mapping.py" line="-183" />
            <source>Shot no.</source>
            <translation>Shot no.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Interior / exterior</source>
            <translation>Interior / exterior</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Day / night</source>
            <translation>Day / night</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set-up no.</source>
            <translation>Set-up no.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Voice-over / dialogue</source>
            <translation>Voice-over / dialogue</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Music / sound</source>
            <translation>Music / sound</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Alternative</source>
            <translation>Alternative</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shot done</source>
            <translation>Shot done</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In point (not imported)</source>
            <translation>In point (not imported)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Out point (not imported)</source>
            <translation>Out point (not imported)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Picture</source>
            <translation>Picture</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes (kept as text)</source>
            <translation>Notes (kept as text)</translation>
        </message>
    </context>
    <context>
        <name>ImportMappingDialog</name>
        <message>
            <location line="+18" />
            <source>Import {name}</source>
            <translation>Import {name}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sheet “{sheet}”, headers in row {row}. Check where each column goes; change any that is wrong. Columns kept as notes are added to each shot's notes.</source>
            <translation>Sheet “{sheet}”, headers in row {row}. Check where each column goes; change any that is wrong. Columns kept as notes are added to each shot's notes.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Goes to</source>
            <translation>Goes to</translation>
        </message>
        <message>
            <location line="+0" />
            <source>How sure</source>
            <translation>How sure</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Where the column {header} goes</source>
            <translation>Where the column {header} goes</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <location filename="../../studio/ui/dialogs/creator_list_import_dialog.py" line="+27" />
            <source>Import creators from {source}</source>
            <extracomment>Bad values listed one a line; past this many, a count (a broken column can fill thousands).</extracomment>
            <translation>Import creators from {source}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Keep the project's values where the list differs (fill only empty fields)</source>
            <extracomment>Keep the project's values where the list differs (shown only when it does).</extracomment>
            <translation>Keep the project's values where the list differs (fill only empty fields)</translation>
        </message>
        <message>
            <location line="+55" />
            <source>{added} to add, {updated} to update. Columns read: {columns}.</source>
            <translation>{added} to add, {updated} to update. Columns read: {columns}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location line="-44" />
            <source>{count} of {rows} rows hold a bad value and will not be imported (rows {numbers}). Fix them in the file and import it again to add them.</source>
            <extracomment>Why rows are left out (hidden when none is).</extracomment>
            <translation>{count} of {rows} rows hold a bad value and will not be imported (rows {numbers}). Fix them in the file and import it again to add them.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>… and {count} more bad values</source>
            <translation>… and {count} more bad values</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Import the other {count} rows</source>
            <translation>Import the other {count} rows</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location line="+32" />
            <source>{field} {old} kept (the list says {new})</source>
            <translation>{field} {old} kept (the list says {new})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{field} {old} → {new}</source>
            <translation>{field} {old} → {new}</translation>
        </message>
    </context>
    <context>
        <name>Jobs</name>
        <message>
            <location filename="../../studio/ui/background_jobs.py" line="+135" />
            <source>{label} {percent}%</source>
            <translation>{label} {percent}%</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{task} · script as of {time}</source>
            <translation>{task} · script as of {time}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Written from the script as it was at {time}, when you started it. Go on editing: your changes are saved, but they are not in what is being written now.</source>
            <translation>Written from the script as it was at {time}, when you started it. Go on editing: your changes are saved, but they are not in what is being written now.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Cancelled: nothing half-written was kept.</source>
            <translation>Cancelled: nothing half-written was kept.</translation>
        </message>
        <message>
            <location line="+87" />
            <source>Cancel</source>
            <extracomment>The widest a job's words grow, and the narrowest they shrink to, in average characters. The part of the text cut first (the job's label), the rest kept whole while it fits. True when what is shown is shorter than the whole text.</extracomment>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+120" />
            <source>{name} is still being written by an earlier export or pack: wait for it to finish, or cancel it in the status bar.</source>
            <translation>{name} is still being written by an earlier export or pack: wait for it to finish, or cancel it in the status bar.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>A job is still running in the background ({label}). Cancel it and close? Nothing half-written is kept.</source>
            <translation>A job is still running in the background ({label}). Cancel it and close? Nothing half-written is kept.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location line="-303" />
            <location filename="../../studio/ui/dialogs/printing.py" line="+493" />
            <source>Cancelling… nothing half-written is kept.</source>
            <extracomment>Jobs under way in this process, oldest first. The job ended (done, failed or cancelled): its lines are gone and its callback has run. True when the job writes the script as it was when it started (said on its line). What the job does, for refusing a second one that would conflict (see :func:`busy_with`).</extracomment>
            <translation>Cancelling… nothing half-written is kept.</translation>
        </message>
    </context>
    <context>
        <name>LibraryEntryDialog</name>
        <message>
            <location filename="../../studio/ui/workspace/entry_dialog.py" line="+17" />
            <source>Keep in the Team Library</source>
            <translation>Keep in the Team Library</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Signature shot (the brand's opening, end card…)</source>
            <translation>Signature shot (the brand's opening, end card…)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The line, the shot's description or the word</source>
            <translation>The line, the shot's description or the word</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Any beat</source>
            <translation>Any beat</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hook</source>
            <translation>Hook</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CTA</source>
            <translation>CTA</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Why: results, the client's rule…</source>
            <translation>Why: results, the client's rule…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Text:</source>
            <translation>&amp;Text:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Beat:</source>
            <translation>&amp;Beat:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Evidence:</source>
            <translation>&amp;Evidence:</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <location filename="../../studio/ui/workspace/pages.py" line="+57" />
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Retire</source>
            <translation>&amp;Retire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop offering this entry; it stays on record as retired</source>
            <translation>Stop offering this entry; it stays on record as retired</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Keep New…</source>
            <translation>&amp;Keep New…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep a signature shot, a line or a banned word for the whole team</source>
            <translation>Keep a signature shot, a line or a banned word for the whole team</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Retired</source>
            <translation>Retired</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../studio/ui/mainwindow.py" line="+114" />
            <source>Opening…</source>
            <extracomment>The navigator's widest default in pixels: a variant name like "Word-of-mouth proof" with its length beside it (long names are elided in the middle and show in full as a tooltip). It holds short names: on a laptop it gives its width to the guide, whose findings are sentences. The guide's widest default with findings to show, and its width with nothing to say (one line, the views get the rest). Central tabs in order: key, icon, view factory path (module, class). Tabs whose modules are imported in the background after start-up (they create no Qt object when imported): every tab's but the first. At 5,000 shots a first opening that imported its module blocked the window 50-170 ms of the GUI thread's CPU (the Creators tab's import set off a full garbage collection of 117 ms on top). Qt-free modules imported in the background after start-up too: every export and pack starts its child process through this one, whose first import (multiprocessing, pickle, the writers' common parts) blocked the window 283 ms on a clean clone.</extracomment>
            <translation>Opening…</translation>
        </message>
        <message>
            <location line="+67" />
            <source>Opening {name}…</source>
            <extracomment>Emitted once, when the window starts painting for the first time (its children follow in the same pass); the start-up benchmark reports from here. Emitted once, after :meth:`attach`, when the window has painted the document's current tab. True when the docks took the recorded default layout (resized by rewriting it: see showEvent).</extracomment>
            <translation>Opening {name}…</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Write</source>
            <translation>Write</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shot list</source>
            <translation>Shot list</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Storyboard</source>
            <translation>Storyboard</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Brief</source>
            <translation>Brief</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Navigator</source>
            <translation>Navigator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Guide</source>
            <translation>Guide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location line="+177" />
            <source>[read-only]</source>
            <translation>[read-only]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Read-only: changes cannot be made</source>
            <translation>Read-only: changes cannot be made</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changes are saved automatically</source>
            <translation>Changes are saved automatically</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Saved {time}</source>
            <translation>Saved {time}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Last change not saved (taken back)</source>
            <translation>Last change not saved (taken back)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Change not saved</source>
            <translation>Change not saved</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <location filename="../../studio/ui/menus.py" line="+107" />
            <source>&amp;File</source>
            <extracomment>Items that need a document: off in the shell, on once attached. Edit items by the view method they call.</extracomment>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location line="+45" />
            <source>&amp;New from Template…</source>
            <extracomment>True once the items are made (see fill). What the row items of Edit name now (see EDIT_WORDS).</extracomment>
            <translation>&amp;New from Template…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open &amp;Recent</source>
            <translation>Open &amp;Recent</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save &amp;As…</source>
            <translation>Save &amp;As…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save a &amp;Copy…</source>
            <translation>Save a &amp;Copy…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Snapshots…</source>
            <translation>&amp;Snapshots…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Import Excel Shot Script…</source>
            <translation>&amp;Import Excel Shot Script…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Pre&amp;ferences…</source>
            <translation>Pre&amp;ferences…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location line="-133" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location line="+213" />
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location line="-214" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location line="-61" />
            <source>Cu&amp;t</source>
            <extracomment>Keys as a portable string ("Ctrl+D") or the platform's standard keys for an action. The Edit items that work on the current view: (method, text, keys, icon); None is a separator.</extracomment>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Paste</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Select &amp;All</source>
            <translation>Select &amp;All</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+16" />
            <source>Move Shots Do&amp;wn</source>
            <translation>Move Shots Do&amp;wn</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+17" />
            <source>&amp;Delete Shots</source>
            <translation>&amp;Delete Shots</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Move &amp;Beat Up</source>
            <translation>Move &amp;Beat Up</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move B&amp;eat Down</source>
            <translation>Move B&amp;eat Down</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Copy the selected shots below them</source>
            <translation>Copy the selected shots below them</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move the selected shots one place up</source>
            <translation>Move the selected shots one place up</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move the selected shots one place down</source>
            <translation>Move the selected shots one place down</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the selected shots</source>
            <translation>Delete the selected shots</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Copy the selected creators below them, without their results</source>
            <translation>Copy the selected creators below them, without their results</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move the selected creator one row up</source>
            <translation>Move the selected creator one row up</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move Creator Do&amp;wn</source>
            <translation>Move Creator Do&amp;wn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the selected creator one row down</source>
            <translation>Move the selected creator one row down</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete Creators</source>
            <translation>&amp;Delete Creators</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected creators from the list</source>
            <translation>Remove the selected creators from the list</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Write</source>
            <extracomment>English tab titles by key (the window shows them translated).</extracomment>
            <translation>Write</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shot list</source>
            <translation>Shot list</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Storyboard</source>
            <translation>Storyboard</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Brief</source>
            <translation>Brief</translation>
        </message>
        <message>
            <location line="+74" />
            <source>&amp;Workspace…</source>
            <translation>&amp;Workspace…</translation>
        </message>
        <message>
            <location line="+38" />
            <source>&amp;Variant Pack…</source>
            <translation>&amp;Variant Pack…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Print Storyboard and Shoot List…</source>
            <translation>&amp;Print Storyboard and Shoot List…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Draft from Brief</source>
            <translation>&amp;Draft from Brief</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import Creators &amp;List…</source>
            <translation>Import Creators &amp;List…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Chec&amp;k Returned Script…</source>
            <translation>Chec&amp;k Returned Script…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Pro&amp;ject Settings…</source>
            <translation>Pro&amp;ject Settings…</translation>
        </message>
        <message>
            <location line="+23" />
            <source>&amp;Find…</source>
            <translation>&amp;Find…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Guide</source>
            <translation>Guide</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Show the &amp;Covered Area (Safe Area)</source>
            <translation>Show the &amp;Covered Area (Safe Area)</translation>
        </message>
        <message>
            <location line="-166" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location line="-57" />
            <location line="+14" />
            <source>Dup&amp;licate Shots</source>
            <extracomment>What the Edit items that act on rows say, by what the current view's rows are (its ``edit_kind``, "shots" when it names none): (menu text, status tip) per item; the keys stay the same.</extracomment>
            <translation>Dup&amp;licate Shots</translation>
        </message>
        <message>
            <location line="-13" />
            <location line="+15" />
            <source>M&amp;ove Shots Up</source>
            <translation>M&amp;ove Shots Up</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Remo&amp;ve Beat</source>
            <translation>Remo&amp;ve Beat</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Dup&amp;licate Creators</source>
            <translation>Dup&amp;licate Creators</translation>
        </message>
        <message>
            <location line="+2" />
            <source>M&amp;ove Creator Up</source>
            <translation>M&amp;ove Creator Up</translation>
        </message>
        <message>
            <location line="+111" />
            <source>Tear Down a &amp;Hit Video…</source>
            <translation>Tear Down a &amp;Hit Video…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Teardown Side &amp;by Side…</source>
            <translation>Teardown Side &amp;by Side…</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Crea&amp;tor Brief…</source>
            <translation>Crea&amp;tor Brief…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Client Review Ro&amp;unds</source>
            <translation>Client Review Ro&amp;unds</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Send for Review…</source>
            <translation>&amp;Send for Review…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Import Review…</source>
            <translation>&amp;Import Review…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Changes Since a Round…</source>
            <translation>&amp;Changes Since a Round…</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Co&amp;mmand Palette…</source>
            <translation>Co&amp;mmand Palette…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Keyboard Shortcuts</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;How a Selling Video Is Built</source>
            <translation>&amp;How a Selling Video Is Built</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;About Studio</source>
            <translation>&amp;About Studio</translation>
        </message>
        <message>
            <location line="+98" />
            <source>No recent files</source>
            <translation>No recent files</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Clear the List</source>
            <translation>Clear the List</translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <location filename="../../studio/ui/navigator.py" line="+95" />
            <source>Untitled script</source>
            <extracomment>Role holding the model object of a tree item.</extracomment>
            <translation>Untitled script</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Beats</source>
            <translation>Beats</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{label} · {n} shots</source>
            <translation>{label} · {n} shots</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Played by the current variant</source>
            <translation>Played by the current variant</translation>
        </message>
        <message>
            <location line="+5" />
            <source>(base)</source>
            <translation>(base)</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Play in “{variant}”</source>
            <translation>Play in “{variant}”</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose alternative {0}</source>
            <translation>Choose alternative {0}</translation>
        </message>
    </context>
    <context>
        <name>NewProjectDialog</name>
        <message>
            <location filename="../../studio/ui/dialogs/new_project.py" line="+52" />
            <source>New Project from a Template</source>
            <translation>New Project from a Template</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Chinese</source>
            <translation>Chinese</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Product or campaign name</source>
            <translation>Product or campaign name</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+56" />
            <source>untitled</source>
            <translation>untitled</translation>
        </message>
        <message>
            <location line="-51" />
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Language of the script</source>
            <translation>Language of the script</translation>
        </message>
        <message>
            <location line="+3" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location line="+32" />
            <source>This template needs from the brief: %1. All still missing: fill them in on the Brief tab; until then its prompts show placeholders.</source>
            <translation>This template needs from the brief: %1. All still missing: fill them in on the Brief tab; until then its prompts show placeholders.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>New Project</source>
            <translation>New Project</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Studio projects (*.studio)</source>
            <translation>Studio projects (*.studio)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Choose a file name for the new project.</source>
            <translation>Choose a file name for the new project.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{name} already exists. Replace it with the new project? Its contents will be lost.</source>
            <translation>{name} already exists. Replace it with the new project? Its contents will be lost.</translation>
        </message>
    </context>
    <context>
        <name>NotesEditor</name>
        <message>
            <location filename="../../studio/ui/views/creator_notes.py" line="+29" />
            <source>Notes: Enter for a new line, Ctrl+Enter to finish</source>
            <extracomment>Lines the editor shows at least, and at most before it scrolls. Narrowest editor, in characters of the font (a narrowed notes column is too tight to write in).</extracomment>
            <translation>Notes: Enter for a new line, Ctrl+Enter to finish</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter: new line · Ctrl+Enter: done · Esc: cancel</source>
            <translation>Enter: new line · Ctrl+Enter: done · Esc: cancel</translation>
        </message>
    </context>
    <context>
        <name>OpenPrompt</name>
        <message>
            <location filename="../../studio/ui/app.py" line="+138" />
            <source>File in use</source>
            <extracomment>Our .qm file per interface language.</extracomment>
            <translation>File in use</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} was left locked by a Studio that is no longer running.</source>
            <translation>{name} was left locked by a Studio that is no longer running.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Take the lock over to edit it here, or open it read-only to look and export.</source>
            <translation>Take the lock over to edit it here, or open it read-only to look and export.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This folder does not let you remove that lock: ask {user} or the folder's owner to delete {lock}. You can open it read-only to look and export.</source>
            <translation>This folder does not let you remove that lock: ask {user} or the folder's owner to delete {lock}. You can open it read-only to look and export.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Take Over</source>
            <translation>Take Over</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is being edited in another window.</source>
            <translation>{name} is being edited in another window.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+4" />
            <source>You can open it read-only to look and export.</source>
            <translation>You can open it read-only to look and export.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open Read-Only</source>
            <translation>Open Read-Only</translation>
        </message>
        <message>
            <location line="+137" />
            <source>Cannot open the file</source>
            <translation>Cannot open the file</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Stopped opening {name}: nothing has changed.</source>
            <translation>Stopped opening {name}: nothing has changed.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Opening {name} instead of {old}.</source>
            <extracomment>The opening under way (one at a time: a newer one replaces it).</extracomment>
            <translation>Opening {name} instead of {old}.</translation>
        </message>
        <message>
            <location line="-155" />
            <source>Opening {name}…</source>
            <extracomment>A file still being read after this many ms gets its line in the status bar, with Cancel (most files open sooner: no line comes and goes, and start-up does not build the job lines' widgets).</extracomment>
            <translation>Opening {name}…</translation>
        </message>
    </context>
    <context>
        <name>PackDialog</name>
        <message>
            <location filename="../../studio/ui/dialogs/pack_dialog.py" line="+54" />
            <source>All variants</source>
            <translation>All variants</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+106" />
            <source>Variant pack for the editor</source>
            <extracomment>The packs written, once the job started by :meth:`accept` has ended (it runs on after the dialog). The pack under way in the background, once started.</extracomment>
            <translation>Variant pack for the editor</translation>
        </message>
        <message>
            <location line="-98" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Frames per second; 29.97 and 59.94 use drop-frame timecode</source>
            <translation>Frames per second; 29.97 and 59.94 use drop-frame timecode</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Optional, e.g. D:\Edit or /Volumes/Edit</source>
            <translation>Optional, e.g. D:\Edit or /Volumes/Edit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Where the editor will keep the packs; the XML timelines point there. Each pack also has a relink script for any other place.</source>
            <translation>Where the editor will keep the packs; the XML timelines point there. Each pack also has a relink script for any other place.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Also make a zip file of each pack</source>
            <translation>Also make a zip file of each pack</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put an animatic video (MP4) in each pack</source>
            <translation>Put an animatic video (MP4) in each pack</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Frame rate</source>
            <translation>Frame rate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Editor's folder</source>
            <translation>Editor's folder</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Folder for the packs</source>
            <translation>Folder for the packs</translation>
        </message>
        <message>
            <location line="+21" />
            <source>This is a file, not a folder.</source>
            <translation>This is a file, not a folder.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not a frame rate: use a whole number from 1 to 120, or 23.976, 29.97, 59.94.</source>
            <translation>Not a frame rate: use a whole number from 1 to 120, or 23.976, 29.97, 59.94.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Writing the packs…</source>
            <translation>Writing the packs…</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The pack could not be written: {detail}</source>
            <translation>The pack could not be written: {detail}</translation>
        </message>
    </context>
    <context>
        <name>PasteScriptDialog</name>
        <message>
            <location filename="../../studio/ui/views/paste_script.py" line="+47" />
            <source>Paste a voice-over script</source>
            <translation>Paste a voice-over script</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Paste the whole voice-over here. Each sentence becomes a shot, timed at the speech rate.</source>
            <translation>Paste the whole voice-over here. Each sentence becomes a shot, timed at the speech rate.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add after the shots already there</source>
            <translation>Add after the shots already there</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace the shots of the alternatives shown</source>
            <translation>Replace the shots of the alternatives shown</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 shots · %2 s</source>
            <translation>%1 shots · %2 s</translation>
        </message>
    </context>
    <context>
        <name>PhasesDialog</name>
        <message>
            <location filename="../../studio/ui/workspace/phases_dialog.py" line="+31" />
            <source>Campaign Phases</source>
            <translation>Campaign Phases</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. Brand day, Live-stream week</source>
            <translation>e.g. Brand day, Live-stream week</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Add Phase</source>
            <translation>&amp;Add Phase</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <location line="+4" />
            <source>618, Double 11, Double 12 and the New Year festival are always on the calendar.</source>
            <translation>618, Double 11, Double 12 and the New Year festival are always on the calendar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;To:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>A phase needs a name: type one.</source>
            <translation>A phase needs a name: type one.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The phase ends before it starts: pick a later last day.</source>
            <translation>The phase ends before it starts: pick a later last day.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The phase is longer than a year: check the years.</source>
            <translation>The phase is longer than a year: check the years.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A phase named “%1” is already there: remove it first.</source>
            <translation>A phase named “%1” is already there: remove it first.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The phases file %1 cannot be read (damaged?): fix or move it away; it was not changed.</source>
            <translation>The phases file %1 cannot be read (damaged?): fix or move it away; it was not changed.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The phase was not changed: %1</source>
            <translation>The phase was not changed: %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>No phases of the team's own yet</source>
            <translation>No phases of the team's own yet</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Added “%1”.</source>
            <translation>Added “%1”.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Pick a phase in the list first.</source>
            <translation>Pick a phase in the list first.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Removed “%1”.</source>
            <translation>Removed “%1”.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../studio/ui/dialogs/preferences.py" line="+18" />
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow the system</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The window is rebuilt in the new language; your work stays open.</source>
            <translation>The window is rebuilt in the new language; your work stays open.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Interface language</source>
            <translation>Interface language</translation>
        </message>
    </context>
    <context>
        <name>PreviewView</name>
        <message>
            <location filename="../../studio/ui/views/preview.py" line="+83" />
            <source>Position in the cut</source>
            <extracomment>The on-screen text's box in the widget, as last painted (None: no on-screen text).</extracomment>
            <translation>Position in the cut</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Previous shot</source>
            <translation>Previous shot</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+104" />
            <source>Play</source>
            <translation>Play</translation>
        </message>
        <message>
            <location line="-102" />
            <source>Next shot</source>
            <translation>Next shot</translation>
        </message>
        <message>
            <location line="+71" />
            <source>%1 · %2 %3 · shot %4 of %5</source>
            <translation>%1 · %2 %3 · shot %4 of %5</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(no voice-over)</source>
            <translation>(no voice-over)</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../studio/ui/dialogs/printing.py" line="-422" />
            <source>Storyboard and shoot list: {variant}</source>
            <extracomment>PDFium is not thread-safe: the preview's page pictures, a print job and a new layout after a cancelled one may each read a PDF in a thread of their own, and two of them inside PDFium at once crashed the process (a segmentation fault in get_page). Every use of it in this process holds this lock. A preview keeps every page's picture in memory: all of them together stay within about this many bytes (a 1,000-shot project prints some 300 pages), at no less than PREVIEW_MIN_DPI. About how many bytes of a page's picture are handed to the printer in one call (see _draw_in_bands). Square inches of an A4 page, and bytes per pixel of a page's picture.</extracomment>
            <translation>Storyboard and shoot list: {variant}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Shoot list of all variants</source>
            <translation>Shoot list of all variants</translation>
        </message>
        <message>
            <location line="+185" />
            <source>Printed {count} pages.</source>
            <translation>Printed {count} pages.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Printing {count} pages…</source>
            <translation>Printing {count} pages…</translation>
        </message>
        <message>
            <location line="+56" />
            <source>A4</source>
            <extracomment>The pages' pictures for the preview, once drawn (None while they are being drawn). The layout, or the drawing of its pictures, under way; or None. The last print run sent to paper or a file (it goes on in the background once the dialog closed). Layouts begun, and the one whose pages are shown (a test waits for a new one).</extracomment>
            <translation>A4</translation>
        </message>
        <message>
            <location line="+1" />
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Print Preview — {what}</source>
            <translation>Print Preview — {what}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Laying out the pages…</source>
            <translation>Laying out the pages…</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Drawing the pages…</source>
            <translation>Drawing the pages…</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Cancelled: choose again to lay the pages out.</source>
            <translation>Cancelled: choose again to lay the pages out.</translation>
        </message>
        <message>
            <location line="-214" />
            <location line="+218" />
            <source>Cannot print</source>
            <translation>Cannot print</translation>
        </message>
    </context>
    <context>
        <name>ProjectFields</name>
        <message>
            <location filename="../../studio/ui/dialogs/project_settings.py" line="+41" />
            <source>What the video sells, e.g. 焕亮精华 serum</source>
            <translation>What the video sells, e.g. 焕亮精华 serum</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Cosmetics, food, health food, apparel and electronics add compliance rules of their own.</source>
            <translation>Cosmetics, food, health food, apparel and electronics add compliance rules of their own.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The videos' frame: every export follows it; a variant may have its own. Changing it keeps each picture with its crop.</source>
            <translation>The videos' frame: every export follows it; a variant may have its own. Changing it keeps each picture with its crop.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Follow the platform</source>
            <extracomment>The currency of the creators' fees and results ("": the platform's).</extracomment>
            <translation>Follow the platform</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The currency of creators' fees, commissions and results</source>
            <translation>The currency of creators' fees, commissions and results</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paid promotion (the videos carry the platform's ad label)</source>
            <translation>Paid promotion (the videos carry the platform's ad label)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>When on, the guide asks for the platform's ad label (广告, #ad) in every variant</source>
            <translation>When on, the guide asks for the platform's ad label (广告, #ad) in every variant</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Safe areas, currency and frame rate follow the platform: {money} · {fps} fps · {low}–{high} s</source>
            <translation>Safe areas, currency and frame rate follow the platform: {money} · {fps} fps · {low}–{high} s</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{w}×{h}; the platform covers {top}% at the top, {bottom}% at the foot, {right}% at the right</source>
            <translation>{w}×{h}; the platform covers {top}% at the top, {bottom}% at the foot, {right}% at the right</translation>
        </message>
    </context>
    <context>
        <name>ProjectSettingsDialog</name>
        <message>
            <location line="+37" />
            <location line="+30" />
            <source>Project Settings</source>
            <translation>Project Settings</translation>
        </message>
        <message>
            <location line="-5" />
            <source>This value cannot be used: {detail}</source>
            <translation>This value cannot be used: {detail}</translation>
        </message>
    </context>
    <context>
        <name>ProjectsPage</name>
        <message>
            <location filename="../../studio/ui/workspace/pages.py" line="-286" />
            <source>Filter: title, product, creator…</source>
            <translation>Filter: title, product, creator…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Post by</source>
            <translation>Post by</translation>
        </message>
        <message>
            <location line="+71" />
            <source>All platforms</source>
            <translation>All platforms</translation>
        </message>
    </context>
    <context>
        <name>ReportImportDialog</name>
        <message>
            <location filename="../../studio/ui/dialogs/report_import_dialog.py" line="+82" />
            <location line="+269" />
            <source>Import ad report</source>
            <extracomment>The conflict choices, as the preview names them. How a conflict is resolved: None until the user chooses, then "replace" or "agree".</extracomment>
            <translation>Import ad report</translation>
        </message>
        <message>
            <location line="-204" />
            <source>Reading the report…</source>
            <translation>Reading the report…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Checking the report…</source>
            <translation>Checking the report…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Reading the report: %1 rows…</source>
            <translation>Reading the report: %1 rows…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Checking rows: %1…</source>
            <translation>Checking rows: %1…</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Report from: %1</source>
            <translation>Report from: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(not in report)</source>
            <translation>(not in report)</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Earlier values dropped: %1</source>
            <translation>Earlier values dropped: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n row(s) match no variant: choose one in the list below, or leave them out.</source>
            <translation>
                <numerusform>%n row(s) match no variant: choose one in the list below, or leave them out.</numerusform>
                <numerusform>%n row(s) match no variant: choose one in the list below, or leave them out.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+34" />
            <source>keeps: %1</source>
            <translation>keeps: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The report disagrees with earlier values it does not carry</source>
            <translation>The report disagrees with earlier values it does not carry</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Replace the variant's results with the report; drops %1</source>
            <translation>Replace the variant's results with the report; drops %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep earlier values only where they still agree; drops %1</source>
            <translation>Keep earlier values only where they still agree; drops %1</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <location filename="../../studio/ui/workspace/pages.py" line="+135" />
            <source>Save as &amp;PDF…</source>
            <translation>Save as &amp;PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as &amp;Workbook…</source>
            <translation>Save as &amp;Workbook…</translation>
        </message>
        <message>
            <location line="+21" />
            <source>No results in any project yet: import an ad report into a project.</source>
            <translation>No results in any project yet: import an ad report into a project.</translation>
        </message>
    </context>
    <context>
        <name>ReportRowsModel</name>
        <message>
            <location filename="../../studio/ui/dialogs/report_rows.py" line="+81" />
            <source>Row</source>
            <extracomment>Row-table columns. What the variant cell's editor holds for "no choice yet" (None leaves the row out). A row's line and what was chosen for it: a variant id, None (leave out) or "" (no choice). (variant id, name) in the script's order.</extracomment>
            <translation>Row</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ad name</source>
            <translation>Ad name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Match</source>
            <translation>Match</translation>
        </message>
        <message>
            <location line="+9" />
            <source>(leave this row out)</source>
            <translation>(leave this row out)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(choose a variant)</source>
            <translation>(choose a variant)</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <location filename="../../studio/ui/views/results.py" line="+151" />
            <source>Type each variant's counts from the ad platform's report into the cells below, or import the report (CSV or Excel). Rates, 95 % intervals and the winner appear here.</source>
            <extracomment>Editable columns: the six counts, spend and GMV (after the rates, so the rates need no scrolling). Column of the first input. Larger than any real campaign; also keeps values inside SQLite's integers. Shot fields the Results tab reads: the cut's timing and the codes its sentences name.</extracomment>
            <translation>Type each variant's counts from the ad platform's report into the cells below, or import the report (CSV or Excel). Rates, 95 % intervals and the winner appear here.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Import report…</source>
            <translation>Import report…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import retention curves…</source>
            <translation>Import retention curves…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Rates and chart</source>
            <translation>Rates and chart</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Dot: value; line: 95 % interval; dashed line: the control (%1); ★ winner</source>
            <extracomment>Variants whose counts contradict each other: their verdicts wait until the counts are fixed.</extracomment>
            <translation>Dot: value; line: 95 % interval; dashed line: the control (%1); ★ winner</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No results yet: import a report or type the counts above.</source>
            <translation>No results yet: import a report or type the counts above.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No retention curves yet. Export the audience retention (share still watching per second) from 巨量引擎 or TikTok and import it here.</source>
            <translation>No retention curves yet. Export the audience retention (share still watching per second) from 巨量引擎 or TikTok and import it here.</translation>
        </message>
        <message>
            <location line="+31" />
            <source> (control)</source>
            <translation> (control)</translation>
        </message>
        <message>
            <location line="+52" />
            <source>{variant}: {why} Its verdict waits until this is fixed.</source>
            <translation>{variant}: {why} Its verdict waits until this is fixed.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>95 % interval: %1 – %2</source>
            <translation>95 % interval: %1 – %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Holm-adjusted {p} against the control</source>
            <translation>Holm-adjusted {p} against the control</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Winner on this metric</source>
            <translation>Winner on this metric</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Edit results</source>
            <translation>Edit results</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Paste into a count cell: the rates are worked out, not typed.</source>
            <translation>Paste into a count cell: the rates are worked out, not typed.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Paste results</source>
            <translation>Paste results</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Spend must be an amount of zero or more, e.g. 1250.50.</source>
            <translation>Spend must be an amount of zero or more, e.g. 1250.50.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 must be a whole number of zero or more.</source>
            <translation>%1 must be a whole number of zero or more.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 (%2) cannot be more than %3 (%4).</source>
            <translation>%1 (%2) cannot be more than %3 (%4).</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Import retention curves</source>
            <translation>Import retention curves</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Import ad report</source>
            <translation>Import ad report</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Reports (*.csv *.xlsx);;All files (*)</source>
            <translation>Reports (*.csv *.xlsx);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>RetentionImportDialog</name>
        <message>
            <location filename="../../studio/ui/dialogs/retention_import_dialog.py" line="+49" />
            <location line="+153" />
            <source>Import retention curves</source>
            <extracomment>Curve-table columns. None (a new curve replaces the earlier one) or "agree" (keep its later seconds where they agree). The file's rows once read, and the reading under way (None once it ended).</extracomment>
            <translation>Import retention curves</translation>
        </message>
        <message>
            <location line="-148" />
            <source>Curve</source>
            <translation>Curve</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Seconds</source>
            <translation>Seconds</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Match</source>
            <translation>Match</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Keep an earlier curve's later seconds where they still agree with the new curve's end</source>
            <translation>Keep an earlier curve's later seconds where they still agree with the new curve's end</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Reading the curves…</source>
            <translation>Reading the curves…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Reading the curves: %1 rows…</source>
            <translation>Reading the curves: %1 rows…</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Only the curves are stored; every count stays as it is.</source>
            <translation>Only the curves are stored; every count stays as it is.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n curve(s) match no variant: choose one below, or leave them out.</source>
            <translation>
                <numerusform>%n curve(s) match no variant: choose one below, or leave them out.</numerusform>
                <numerusform>%n curve(s) match no variant: choose one below, or leave them out.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 replaces its earlier curve (%2 s: %3 at 0 s, %4 at %5 s, %6 at the end); that curve is dropped.</source>
            <translation>%1 replaces its earlier curve (%2 s: %3 at 0 s, %4 at %5 s, %6 at the end); that curve is dropped.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Its seconds %1-%2 are kept (%3 → %4).</source>
            <translation>Its seconds %1-%2 are kept (%3 → %4).</translation>
        </message>
        <message>
            <location line="+22" />
            <source>(choose a variant)</source>
            <translation>(choose a variant)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(leave this curve out)</source>
            <translation>(leave this curve out)</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialogs</name>
        <message>
            <location filename="../../studio/ui/dialogs/review_dialogs.py" line="+51" />
            <source>Send for Review</source>
            <translation>Send for Review</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Brand or agency, e.g. 晨露品牌部</source>
            <translation>Brand or agency, e.g. 晨露品牌部</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Word storyboard (comments and tracked changes)</source>
            <translation>Word storyboard (comments and tracked changes)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Review workbook (意见 / 通过 columns)</source>
            <translation>Review workbook (意见 / 通过 columns)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Client:</source>
            <translation>Client:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Variants:</source>
            <translation>Variants:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Folder:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send</source>
            <translation>Send</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Send to folder</source>
            <translation>Send to folder</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Choose at least one variant and one file to send.</source>
            <translation>Choose at least one variant and one file to send.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Writing the review files…</source>
            <translation>Writing the review files…</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Could not write the review files: {error}</source>
            <translation>Could not write the review files: {error}</translation>
        </message>
        <message>
            <location line="-21" />
            <source>A review round is still being written: wait for it, or cancel it in the status bar.</source>
            <translation>A review round is still being written: wait for it, or cancel it in the status bar.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Send for review</source>
            <translation>Send for review</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Import Review</source>
            <translation>Import Review</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name}: {comments} comment(s), {edits} suggested edit(s), {approvals} approval(s); {new} new.</source>
            <translation>{name}: {comments} comment(s), {edits} suggested edit(s), {approvals} approval(s); {new} new.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This file was imported before.</source>
            <translation>This file was imported before.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Shot</source>
            <translation>Shot</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location line="+5" />
            <source>not placed: {where}</source>
            <translation>not placed: {where}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reply</source>
            <translation>Reply</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not placed</source>
            <translation>not placed</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Approval</source>
            <translation>Approval</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing in the script changes until you accept a suggestion in the Review tab.</source>
            <translation>Nothing in the script changes until you accept a suggestion in the Review tab.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Import a returned review</source>
            <translation>Import a returned review</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Returned review (*.docx *.xlsx *.doc *.pdf)</source>
            <translation>Returned review (*.docx *.xlsx *.doc *.pdf)</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Could not read {name}: {error}</source>
            <translation>Could not read {name}: {error}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reading the returned file…</source>
            <translation>Reading the returned file…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Import review</source>
            <translation>Import review</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Nothing was sent for review yet: send a round first.</source>
            <translation>Nothing was sent for review yet: send a round first.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+14" />
            <source>Changes Since Round</source>
            <translation>Changes Since Round</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Since the client saw:</source>
            <translation>Since the client saw:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Word (*.docx);;PDF (*.pdf)</source>
            <translation>Word (*.docx);;PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Writing the changes…</source>
            <translation>Writing the changes…</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Could not write the changes: {error}</source>
            <translation>Could not write the changes: {error}</translation>
        </message>
    </context>
    <context>
        <name>ReviewView</name>
        <message>
            <location filename="../../studio/ui/views/review.py" line="+66" />
            <source>Send for Review…</source>
            <extracomment>The row of the shot list holding what could not be placed on a shot. Shots' items the list gets in one turn of the event loop. A 5,000-shot review's list took 64-80 ms of the GUI thread's CPU in one block when the tab was first shown, 168 ms with a full garbage collection falling in it (its 5,000 new items are what set the collection off); the rest follow a slice a turn. The project's shots by id, taken at each refresh (the document's lookup walks every shot). True when a change came while the tab was hidden: the list is rebuilt when it is shown.</extracomment>
            <translation>Send for Review…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import Review…</source>
            <translation>Import Review…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changes Since Round…</source>
            <translation>Changes Since Round…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Shot</source>
            <translation>Shot</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Approval</source>
            <translation>Approval</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+56" />
            <source>Comments</source>
            <translation>Comments</translation>
        </message>
        <message>
            <location line="-56" />
            <source>Edits</source>
            <translation>Edits</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+9" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Answer the selected comment</source>
            <translation>Answer the selected comment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reply</source>
            <translation>Reply</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolve</source>
            <translation>Resolve</translation>
        </message>
        <message>
            <location line="+4" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Accept</source>
            <translation>Accept</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decline</source>
            <translation>Decline</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Accept All of</source>
            <translation>Accept All of</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decline All of</source>
            <translation>Decline All of</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Client approval:</source>
            <translation>Client approval:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Suggested edits</source>
            <translation>Suggested edits</translation>
        </message>
        <message>
            <location line="+133" />
            <source>Nothing sent for review yet: Send for Review… writes the Word storyboard and the review workbook for the client.</source>
            <translation>Nothing sent for review yet: Send for Review… writes the Word storyboard and the review workbook for the client.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Not placed</source>
            <translation>Not placed</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Tracked change</source>
            <translation>Tracked change</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edited</source>
            <translation>Edited</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workbook</source>
            <translation>Workbook</translation>
        </message>
        <message>
            <location line="-253" />
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changes requested</source>
            <translation>Changes requested</translation>
        </message>
        <message>
            <location line="+255" />
            <source>Undecided</source>
            <translation>Undecided</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Declined</source>
            <translation>Declined</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Set client approval</source>
            <translation>Set client approval</translation>
        </message>
        <message>
            <location line="+7" />
            <source>me</source>
            <translation>me</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reply to comment</source>
            <translation>Reply to comment</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Resolve comment</source>
            <translation>Resolve comment</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Decline suggested edit(s)</source>
            <translation>Decline suggested edit(s)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Accept suggested edit(s)</source>
            <translation>Accept suggested edit(s)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That suggestion is on a shot since removed: decline it.</source>
            <translation>That suggestion is on a shot since removed: decline it.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The field changed since the client saw it, so the suggestion no longer fits: decline it or edit the shot by hand. Nothing was changed.</source>
            <translation>The field changed since the client saw it, so the suggestion no longer fits: decline it or edit the shot by hand. Nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message>
            <location filename="../../studio/ui/workspace/pages.py" line="-136" />
            <source>Search lines, products, creators, tags, shots… (Enter)</source>
            <translation>Search lines, products, creators, tags, shots… (Enter)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Hook</source>
            <translation>Hook</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CTA</source>
            <translation>CTA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shot</source>
            <translation>Shot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%n hit(s)</source>
            <translation>
                <numerusform>%n hit(s)</numerusform>
                <numerusform>%n hit(s)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nothing found</source>
            <translation>Nothing found</translation>
        </message>
    </context>
    <context>
        <name>ServerBar</name>
        <message>
            <location filename="../../studio/ui/workspace/server_bar.py" line="+42" />
            <source>The server could not be used: %1</source>
            <extracomment>error_text's sentences are in one context ("ServerBar") whoever shows them: window, bar or dialog.</extracomment>
            <translation>The server could not be used: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 refused the user or password. Enter the right one under Server…</source>
            <translation>%1 refused the user or password. Enter the right one under Server…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 does not answer. You keep working on this computer's copy; publish when it is back.</source>
            <translation>%1 does not answer. You keep working on this computer's copy; publish when it is back.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 went away mid-way. What it confirmed is kept and nothing here is lost; publish again when it is back.</source>
            <translation>%1 went away mid-way. What it confirmed is kept and nothing here is lost; publish again when it is back.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 has no such database. Ask its administrator to create it.</source>
            <translation>%1 has no such database. Ask its administrator to create it.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 was set up by a newer Studio. Update Studio to use it.</source>
            <translation>%1 was set up by a newer Studio. Update Studio to use it.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This Studio has no PostgreSQL support (psycopg). Install Studio with it.</source>
            <translation>This Studio has no PostgreSQL support (psycopg). Install Studio with it.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a server address. Write it as postgresql://user@host/database.</source>
            <translation>%1 is not a server address. Write it as postgresql://user@host/database.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 cannot be used (%2).</source>
            <translation>%1 cannot be used (%2).</translation>
        </message>
        <message>
            <location line="+23" />
            <source>&amp;Publish</source>
            <extracomment>Emitted when a state check or a publish has finished (well or not): tests and the window wait on it. The Server dialog changed the saved workspace: the window reads everything again. The state was asked for while other work ran: read it once that is done.</extracomment>
            <translation>&amp;Publish</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send this computer's projects and library to the team's server (never the project files)</source>
            <translation>Send this computer's projects and library to the team's server (never the project files)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ser&amp;ver…</source>
            <translation>Ser&amp;ver…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Server: checking…</source>
            <translation>Server: checking…</translation>
        </message>
        <message>
            <location line="+25" />
            <source>This computer only</source>
            <translation>This computer only</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Server %1: %2 projects, %3 library entries</source>
            <translation>Server %1: %2 projects, %3 library entries</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 waiting to publish</source>
            <translation>%1 waiting to publish</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Publishing stopped; what was sent is kept.</source>
            <translation>Publishing stopped; what was sent is kept.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Publishing…</source>
            <translation>Publishing…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Published %1 projects and %2 library entries; the server holds %3 projects.</source>
            <translation>Published %1 projects and %2 library entries; the server holds %3 projects.</translation>
        </message>
    </context>
    <context>
        <name>ServerDialog</name>
        <message>
            <location line="+61" />
            <source>Team Server</source>
            <extracomment>The saved choice changed (connected to a server, or back to this computer). A try finished (tests wait on it).</extracomment>
            <translation>Team Server</translation>
        </message>
        <message>
            <location line="+6" />
            <source>leave empty to use the saved one</source>
            <translation>leave empty to use the saved one</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Server &amp;address:</source>
            <translation>Server &amp;address:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;word:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Connect</source>
            <translation>&amp;Connect</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;This Computer Only</source>
            <translation>&amp;This Computer Only</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Laptops publish their projects' summaries, lines, dates, results and library to the server; project files stay where they are. The password goes to the system keyring or ~/.pgpass.</source>
            <translation>Laptops publish their projects' summaries, lines, dates, results and library to the server; project files stay where they are. The password goes to the system keyring or ~/.pgpass.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 is not a server address. Write it as postgresql://user@host/database.</source>
            <translation>%1 is not a server address. Write it as postgresql://user@host/database.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Trying %1…</source>
            <translation>Trying %1…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Connected. This workspace now lives on %1.</source>
            <translation>Connected. This workspace now lives on %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The password is in the system keyring.</source>
            <translation>The password is in the system keyring.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The password is in %1, readable by you only.</source>
            <translation>The password is in %1, readable by you only.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The workspace is on this computer only again.</source>
            <translation>The workspace is on this computer only again.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../studio/ui/dialogs/help.py" line="+31" />
            <source>Keyboard Shortcuts</source>
            <translation>Keyboard Shortcuts</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Filter by action or key…</source>
            <translation>Filter by action or key…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shortcut</source>
            <translation>Shortcut</translation>
        </message>
    </context>
    <context>
        <name>ShotListOps</name>
        <message>
            <location filename="../../studio/ui/views/shotlist_ops.py" line="+37" />
            <source>Move shots</source>
            <translation>Move shots</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Move shots up</source>
            <translation>Move shots up</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Move shots down</source>
            <translation>Move shots down</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Duplicate shots</source>
            <translation>Duplicate shots</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete shots</source>
            <translation>Delete shots</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Move shots to another beat</source>
            <translation>Move shots to another beat</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Paste shots</source>
            <translation>Paste shots</translation>
        </message>
    </context>
    <context>
        <name>ShotListView</name>
        <message>
            <location filename="../../studio/ui/views/shotlist.py" line="+126" />
            <source>Shoot list (all variants)</source>
            <extracomment>Starting column widths in pixels; the picture and the voice-over share what the window has left. The columns that fill the table's width, and the least each gets before the table scrolls instead. The text columns whose flagged words are underlined. Emitted with the number of visible rows and total duration after every refresh.</extracomment>
            <translation>Shoot list (all variants)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show every shot to film once, with the variants that use it</source>
            <translation>Show every shot to film once, with the variants that use it</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Clear filters</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <location line="+121" />
            <source>Cu&amp;t Shots</source>
            <translation>Cu&amp;t Shots</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Copy Shots</source>
            <translation>&amp;Copy Shots</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Paste Shots</source>
            <translation>&amp;Paste Shots</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Select &amp;All Shots</source>
            <translation>Select &amp;All Shots</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Delete Shots</source>
            <translation>&amp;Delete Shots</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dup&amp;licate Shots</source>
            <translation>Dup&amp;licate Shots</translation>
        </message>
        <message>
            <location line="+1" />
            <source>M&amp;ove Shots Up</source>
            <translation>M&amp;ove Shots Up</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move Shots Do&amp;wn</source>
            <translation>Move Shots Do&amp;wn</translation>
        </message>
        <message>
            <location line="+36" />
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <location line="+48" />
            <source>all variants</source>
            <translation>all variants</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shot list as shown: {which}, {count} shots</source>
            <translation>Shot list as shown: {which}, {count} shots</translation>
        </message>
        <message>
            <location line="+21" />
            <source>{n} shots to film · {total} of footage</source>
            <translation>{n} shots to film · {total} of footage</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} shots · {total} in “{variant}”</source>
            <translation>{n} shots · {total} in “{variant}”</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{shown} shown</source>
            <translation>{shown} shown</translation>
        </message>
        <message>
            <location line="+2" />
            <source>read-only</source>
            <translation>read-only</translation>
        </message>
        <message>
            <location line="+156" />
            <source>Move to Beat</source>
            <translation>Move to Beat</translation>
        </message>
    </context>
    <context>
        <name>ShotRow</name>
        <message>
            <location filename="../../studio/ui/views/write_rows.py" line="+99" />
            <source> s</source>
            <extracomment>Shot fields edited in place on a card, in order. Rows built together when a part of a card scrolls into view. A row's height before any row was measured (two one-line fields); replaced by the first measured row.</extracomment>
            <translation> s</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+141" />
            <source>Duration of the shot</source>
            <translation>Duration of the shot</translation>
        </message>
        <message>
            <location line="-138" />
            <source>Captions (on-screen text)</source>
            <translation>Captions (on-screen text)</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Remove shot %1</source>
            <extracomment>The fields' editors, made when first used (see :class:`LazyEditors`).</extracomment>
            <translation>Remove shot %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>VO</source>
            <translation>VO</translation>
        </message>
        <message>
            <location line="+99" />
            <source>The voice-over needs about %1 s to say; the shot lasts %2 s</source>
            <translation>The voice-over needs about %1 s to say; the shot lasts %2 s</translation>
        </message>
    </context>
    <context>
        <name>ShotTableModel</name>
        <message>
            <location filename="../../studio/ui/views/shotlist_model.py" line="+103" />
            <source>No.</source>
            <extracomment>Columns in order: (key, header source text). Keys that are Shot fields are editable. The camera department's columns, hidden until shown from the column menu (most scripts leave them empty). Role carrying the Shot object of a row. Role carrying the Beat of a row (for filtering).</extracomment>
            <translation>No.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Frame</source>
            <translation>Frame</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location line="+5" />
            <source>On-screen text</source>
            <translation>On-screen text</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Music / effects</source>
            <translation>Music / effects</translation>
        </message>
        <message>
            <location line="+170" />
            <source>Edit {0}</source>
            <translation>Edit {0}</translation>
        </message>
    </context>
    <context>
        <name>SnapshotsDialog</name>
        <message>
            <location filename="../../studio/ui/dialogs/snapshots.py" line="+51" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Taken</source>
            <translation>Taken</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Select a snapshot and press Compare to see what changed.</source>
            <translation>Select a snapshot and press Compare to see what changed.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Take Snapshot…</source>
            <translation>Take Snapshot…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compare with Now</source>
            <translation>Compare with Now</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore…</source>
            <translation>Restore…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Versions saved inside this project file:</source>
            <translation>Versions saved inside this project file:</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Take Snapshot</source>
            <translation>Take Snapshot</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name of this version:</source>
            <translation>Name of this version:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No differences between “{name}” and now.</source>
            <translation>No differences between “{name}” and now.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From “{name}” to now:</source>
            <translation>From “{name}” to now:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Shots removed</source>
            <translation>Shots removed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shots changed</source>
            <translation>Shots changed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Variants added</source>
            <translation>Variants added</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Variants removed</source>
            <translation>Variants removed</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Length of {variant}: {old} → {new}</source>
            <translation>Length of {variant}: {old} → {new}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Restore Snapshot</source>
            <translation>Restore Snapshot</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore “{name}”? The current state is saved as a snapshot first, so nothing is lost.</source>
            <translation>Restore “{name}”? The current state is saved as a snapshot first, so nothing is lost.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Restore “{name}”</source>
            <translation>Restore “{name}”</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Restored “{name}”. The state before it was kept as snapshot {number}.</source>
            <translation>Restored “{name}”. The state before it was kept as snapshot {number}.</translation>
        </message>
    </context>
    <context>
        <name>StoryboardView</name>
        <message>
            <location filename="../../studio/ui/views/storyboard.py" line="+29" />
            <source>This variant</source>
            <translation>This variant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All shots (shoot list)</source>
            <translation>All shots (shoot list)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the current variant's cut, or every shot of every alternative</source>
            <translation>Show the current variant's cut, or every shot of every alternative</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Covered area</source>
            <translation>Covered area</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shade the parts of the frame the platform's buttons and captions cover</source>
            <translation>Shade the parts of the frame the platform's buttons and captions cover</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Auto</source>
            <translation>Auto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 a row</source>
            <translation>%1 a row</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cards per row: as many as fit, or a number that fills the width</source>
            <translation>Cards per row: as many as fit, or a number that fills the width</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cards per row</source>
            <translation>Cards per row</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Crop box…</source>
            <translation>Crop box…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The selected shots' crop, kept in every frame format: fit shows the picture whole, with bands; fill covers the frame and crops the picture's edges; a crop box shows the part you choose</source>
            <translation>The selected shots' crop, kept in every frame format: fit shows the picture whole, with bands; fill covers the frame and crops the picture's edges; a crop box shows the part you choose</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Crop of the selected shots</source>
            <translation>Crop of the selected shots</translation>
        </message>
        <message>
            <location line="+27" />
            <location line="+307" />
            <source>Paste image</source>
            <translation>Paste image</translation>
        </message>
        <message>
            <location line="-216" />
            <source>This script has no shots yet. Write them in the Write tab, or paste a voice-over script there.</source>
            <translation>This script has no shots yet. Write them in the Write tab, or paste a voice-over script there.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No shots in this variant yet. Write them in the Write tab, or paste a voice-over script there.</source>
            <translation>No shots in this variant yet. Write them in the Write tab, or paste a voice-over script there.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 shots · %2 s</source>
            <translation>%1 shots · %2 s</translation>
        </message>
        <message>
            <location line="+71" />
            <source>This project is open read-only; frames cannot be changed.</source>
            <translation>This project is open read-only; frames cannot be changed.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>“%1” is not an image Studio can use (%2). The frame was not changed.</source>
            <translation>“%1” is not an image Studio can use (%2). The frame was not changed.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unreadable</source>
            <translation>unreadable</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Set frame of %1</source>
            <translation>Set frame of %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>There is no image to use here.</source>
            <translation>There is no image to use here.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Select a card first, then paste an image onto it.</source>
            <translation>Select a card first, then paste an image onto it.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose a frame for %1</source>
            <translation>Choose a frame for %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff)</source>
            <translation>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Remove frame of %1</source>
            <translation>Remove frame of %1</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Crop of %1: %2</source>
            <translation>Crop of %1: %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 shots</source>
            <translation>%1 shots</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 has no picture to crop: drop or paste one on its card first.</source>
            <translation>%1 has no picture to crop: drop or paste one on its card first.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Choose image…</source>
            <translation>Choose image…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove frame</source>
            <translation>Remove frame</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Adjust crop…</source>
            <translation>Adjust crop…</translation>
        </message>
    </context>
    <context>
        <name>StructureGuide</name>
        <message>
            <location filename="../../studio/ui/dialogs/help.py" line="+31" />
            <source>How a Selling Video Is Built</source>
            <translation>How a Selling Video Is Built</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Hook</source>
            <translation>Hook</translation>
        </message>
        <message>
            <location line="+0" />
            <source>0–3 s</source>
            <translation>0–3 s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grab attention inside the first 3 seconds: a suspense line, a conflict, a striking product shot, a pain question, a price or a scene the viewer recognises.</source>
            <translation>Grab attention inside the first 3 seconds: a suspense line, a conflict, a striking product shot, a pain question, a price or a scene the viewer recognises.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>after the hook</source>
            <translation>after the hook</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show one concrete pain on screen, e.g. night owls' dull skin.</source>
            <translation>Show one concrete pain on screen, e.g. night owls' dull skin.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the middle</source>
            <translation>the middle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The product as the answer, demonstrated in a real scene.</source>
            <translation>The product as the answer, demonstrated in a real scene.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>inside the middle</source>
            <translation>inside the middle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Before and after, a comparison, lab data or a real user.</source>
            <translation>Before and after, a comparison, lab data or a real user.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>last 5 s</source>
            <translation>last 5 s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say exactly what to do: tap the link below for a coupon, comment 1 for the formula.</source>
            <translation>Say exactly what to do: tap the link below for a coupon, comment 1 for the formula.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Write each beat on its card in the Write tab; the gauge shows its time against the budget.</source>
            <translation>Write each beat on its card in the Write tab; the gauge shows its time against the budget.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Try another way to play a beat with “+ Alternative”; a variant picks one alternative per beat.</source>
            <translation>Try another way to play a beat with “+ Alternative”; a variant picks one alternative per beat.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Test one thing at a time: variants that differ in the hook only tell you which hook works.</source>
            <translation>Test one thing at a time: variants that differ in the hook only tell you which hook works.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The timeline marks the 3-second hook line and the CTA window (the last 5 seconds).</source>
            <translation>The timeline marks the 3-second hook line and the CTA window (the last 5 seconds).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep captions and buttons inside the safe area: View ▸ Show the Covered Area.</source>
            <translation>Keep captions and buttons inside the safe area: View ▸ Show the Covered Area.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+K finds any action, shot, beat, variant or creator by typing.</source>
            <translation>Ctrl+K finds any action, shot, beat, variant or creator by typing.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Five beats</source>
            <translation>Five beats</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In Studio</source>
            <translation>In Studio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What it does</source>
            <translation>What it does</translation>
        </message>
    </context>
    <context>
        <name>Teardown</name>
        <message>
            <location filename="../../studio/ui/dialogs/teardown.py" line="+54" />
            <source>Decoding and finding cuts</source>
            <translation>Decoding and finding cuts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading captions and on-screen text</source>
            <translation>Reading captions and on-screen text</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Listening for speech, music and beats</source>
            <translation>Listening for speech, music and beats</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Guessing beats and rhythm</source>
            <translation>Guessing beats and rhythm</translation>
        </message>
        <message>
            <location line="+73" />
            <location line="+26" />
            <source>Tear Down a Video</source>
            <translation>Tear Down a Video</translation>
        </message>
        <message>
            <location line="-84" />
            <source>Tearing down {name}: {step}</source>
            <translation>Tearing down {name}: {step}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Tear down a video</source>
            <translation>Tear down a video</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The file is not there any more.</source>
            <translation>The file is not there any more.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This is not a video Studio can read. Try an MP4, MOV or WebM file.</source>
            <translation>This is not a video Studio can read. Try an MP4, MOV or WebM file.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This file has sound but no picture; a teardown needs a video.</source>
            <translation>This file has sound but no picture; a teardown needs a video.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The video is longer than 30 minutes. Cut the part you want to study first.</source>
            <translation>The video is longer than 30 minutes. Cut the part you want to study first.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No frame of this video could be decoded. Try another copy of it.</source>
            <translation>No frame of this video could be decoded. Try another copy of it.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The teardown stopped: %1</source>
            <translation>The teardown stopped: %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Videos</source>
            <translation>Videos</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Added the teardown “%1” as a reference script; Undo takes it back.</source>
            <translation>Added the teardown “%1” as a reference script; Undo takes it back.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No teardown in this project yet: use File › Tear Down a Hit Video… first.</source>
            <translation>No teardown in this project yet: use File › Tear Down a Hit Video… first.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
    </context>
    <context>
        <name>TeardownDialog</name>
        <message>
            <location line="+10" />
            <source>Teardown: %1</source>
            <translation>Teardown: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Compare with:</source>
            <translation>Compare with:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Start a Script from This Structure</source>
            <translation>Start a Script from This Structure</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copies the beats, shot lengths and sizes; never the reference's words or pictures.</source>
            <translation>Copies the beats, shot lengths and sizes; never the reference's words or pictures.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Reference at</source>
            <translation>Reference at</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reference words (not ours)</source>
            <translation>Reference words (not ours)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your length</source>
            <translation>Your length</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Your words</source>
            <translation>Your words</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Your script</source>
            <translation>Your script</translation>
        </message>
        <message>
            <location line="+28" />
            <source>(untitled)</source>
            <translation>(untitled)</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Running time</source>
            <translation>Running time</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Average shot</source>
            <translation>Average shot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Longest shot</source>
            <translation>Longest shot</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cuts per second</source>
            <translation>Cuts per second</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caption characters per second</source>
            <translation>Caption characters per second</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hook length</source>
            <translation>Hook length</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First product close-up at</source>
            <translation>First product close-up at</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cuts on the beat</source>
            <translation>Cuts on the beat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Music tempo (BPM)</source>
            <translation>Music tempo (BPM)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cuts per second, 5 s by 5 s</source>
            <translation>Cuts per second, 5 s by 5 s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hook devices</source>
            <translation>Hook devices</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Start a script from a structure</source>
            <translation>Start a script from a structure</translation>
        </message>
    </context>
    <context>
        <name>TimelineStrip</name>
        <message>
            <location filename="../../studio/ui/views/timeline_strip.py" line="+130" />
            <source>No shots in this variant yet</source>
            <extracomment>The row under the band that names the hook line and the CTA window. The scale while a paint is under way (see paintEvent), else None.</extracomment>
            <translation>No shots in this variant yet</translation>
        </message>
        <message>
            <location line="+79" />
            <source>%1s</source>
            <comment>ruler mark in whole seconds</comment>
            <translation>%1s</translation>
        </message>
        <message>
            <location line="+45" />
            <source>%1 s hook</source>
            <comment>the timeline's hook line</comment>
            <translation>%1 s hook</translation>
        </message>
        <message>
            <location line="+5" />
            <source>CTA: last %1 s</source>
            <comment>the timeline's call-to-action window</comment>
            <translation>CTA: last %1 s</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 %2 has no shots: this variant skips the beat</source>
            <translation>%1 %2 has no shots: this variant skips the beat</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Dashed line: the hook must land by %1 s. Shaded: the last %2 s, where the call to action belongs.</source>
            <translation>Dashed line: the hook must land by %1 s. Shaded: the last %2 s, where the call to action belongs.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 · %2 %3 · %4–%5 s</source>
            <translation>%1 · %2 %3 · %4–%5 s</translation>
        </message>
    </context>
    <context>
        <name>VariantDelegate</name>
        <message>
            <location filename="../../studio/ui/dialogs/report_rows.py" line="+47" />
            <source>(choose a variant)</source>
            <translation>(choose a variant)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(leave this row out)</source>
            <translation>(leave this row out)</translation>
        </message>
    </context>
    <context>
        <name>VariantsView</name>
        <message>
            <location filename="../../studio/ui/views/variants.py" line="+113" />
            <source>Remove variant</source>
            <extracomment>The least width of a variant's column in the matrix (past it the matrix scrolls sideways). The matrix's cell widgets, kept so a choice or a property updates in place without a rebuild.</extracomment>
            <translation>Remove variant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected variant (the base variant always stays)</source>
            <translation>Remove the selected variant (the base variant always stays)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show in timeline and preview</source>
            <translation>Show in timeline and preview</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Which alternative each variant plays, beat by beat</source>
            <translation>Which alternative each variant plays, beat by beat</translation>
        </message>
        <message>
            <location line="+23" />
            <source>New variant</source>
            <translation>New variant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compare two variants</source>
            <translation>Compare two variants</translation>
        </message>
        <message>
            <location line="+28" />
            <source>e.g. Price hook</source>
            <translation>e.g. Price hook</translation>
        </message>
        <message>
            <location line="+6" />
            <source>What should this variant do better, and why?</source>
            <translation>What should this variant do better, and why?</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+167" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="-159" />
            <source>Alternatives</source>
            <translation>Alternatives</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create variant</source>
            <translation>Create variant</translation>
        </message>
        <message>
            <location line="+16" />
            <source>against</source>
            <translation>against</translation>
        </message>
        <message>
            <location line="+146" />
            <source>Post date</source>
            <translation>Post date</translation>
        </message>
        <message>
            <location line="+38" />
            <location line="+175" />
            <source>(unnamed)</source>
            <translation>(unnamed)</translation>
        </message>
        <message>
            <location line="-249" />
            <source>Differs from the base variant</source>
            <translation>Differs from the base variant</translation>
        </message>
        <message>
            <location line="-254" />
            <source> (no shots)</source>
            <extracomment>Property rows shown under the beats, in order.</extracomment>
            <translation> (no shots)</translation>
        </message>
        <message>
            <location line="+193" />
            <location line="+186" />
            <source>%1 s</source>
            <extracomment>Variant fields the matrix updates in place (a rebuild makes a widget per cell: slow with many variants).</extracomment>
            <translation>%1 s</translation>
        </message>
        <message>
            <location line="+10" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The day this variant is to be posted (on the workspace calendar)</source>
            <translation>The day this variant is to be posted (on the workspace calendar)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>“%1” is not a day: write it as 2026-12-20 (or 2026/12/20, 2026年12月20日); nothing was changed</source>
            <translation>“%1” is not a day: write it as 2026-12-20 (or 2026/12/20, 2026年12月20日); nothing was changed</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Same as project (%1)</source>
            <translation>Same as project (%1)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The frame this variant is made in; every export of it follows</source>
            <translation>The frame this variant is made in; every export of it follows</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Pick two different variants to compare.</source>
            <translation>Pick two different variants to compare.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>These variants play the same alternatives in every beat.</source>
            <translation>These variants play the same alternatives in every beat.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n beat(s) differ: %1</source>
            <translation>
                <numerusform>%n beat(s) differ: %1</numerusform>
                <numerusform>%n beat(s) differ: %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>An A/B test should change one thing at a time.</source>
            <translation>An A/B test should change one thing at a time.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Choose %1 for %2</source>
            <translation>Choose %1 for %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Edit variant</source>
            <translation>Edit variant</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Give the variant a name.</source>
            <translation>Give the variant a name.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Create variant %1</source>
            <translation>Create variant %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created “%1”.</source>
            <translation>Created “%1”.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Remove variant %1</source>
            <translation>Remove variant %1</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceWindow</name>
        <message>
            <location filename="../../studio/ui/workspace/window.py" line="+55" />
            <location line="+19" />
            <source>Workspace</source>
            <extracomment>Opens a project, then shows the hit's line there (None: just the project). The report's file once written ("" when it could not be).</extracomment>
            <translation>Workspace</translation>
        </message>
        <message>
            <location line="-5" />
            <source>&amp;Projects</source>
            <translation>&amp;Projects</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Search</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Calendar</source>
            <translation>&amp;Calendar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Report</source>
            <translation>&amp;Report</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Library</source>
            <translation>&amp;Library</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Add Folder…</source>
            <translation>&amp;Add Folder…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Indexing…</source>
            <translation>Indexing…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Indexing %1 of %2 files…</source>
            <translation>Indexing %1 of %2 files…</translation>
        </message>
        <message>
            <location line="+31" />
            <source>no folder yet: Add Folder…</source>
            <translation>no folder yet: Add Folder…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 projects · %2</source>
            <translation>%1 projects · %2</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Indexing stopped: %1</source>
            <translation>Indexing stopped: %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Add a Folder of Projects</source>
            <translation>Add a Folder of Projects</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Search failed: %1</source>
            <translation>Search failed: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the Report</source>
            <translation>Save the Report</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Could not save: %1</source>
            <translation>Could not save: %1</translation>
        </message>
    </context>
    <context>
        <name>WriteEdits</name>
        <message>
            <location filename="../../studio/ui/views/write_edits.py" line="+97" />
            <source>Move shots up</source>
            <extracomment>Edit items that work on the selected shots, and those that work on the current beat.</extracomment>
            <translation>Move shots up</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move shots down</source>
            <translation>Move shots down</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Move beat %1</source>
            <translation>Move beat %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Remove beat %1</source>
            <translation>Remove beat %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Move Beat Up</source>
            <translation>Move Beat Up</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move Beat Down</source>
            <translation>Move Beat Down</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remove Beat</source>
            <translation>Remove Beat</translation>
        </message>
    </context>
    <context>
        <name>WriteLibrary</name>
        <message>
            <location filename="../../studio/ui/views/write_library.py" line="+71" />
            <source>Team library (best evidence first)</source>
            <translation>Team library (best evidence first)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>From results (best evidence first)</source>
            <translation>From results (best evidence first)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>No library lines in this language</source>
            <translation>No library lines in this language</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Replace the voice-over of %1</source>
            <translation>Replace the voice-over of %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use as the first shot</source>
            <translation>Use as the first shot</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The line becomes the voice-over of the shot you last worked on</source>
            <translation>The line becomes the voice-over of the shot you last worked on</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Insert as new alternative %1</source>
            <translation>Insert as new alternative %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep the current lines and try this one as alternative %1 in an A/B test</source>
            <translation>Keep the current lines and try this one as alternative %1 in an A/B test</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Insert library line</source>
            <translation>Insert library line</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Add alternative %1 to %2</source>
            <translation>Add alternative %1 to %2</translation>
        </message>
    </context>
    <context>
        <name>WriteView</name>
        <message>
            <location filename="../../studio/ui/views/write.py" line="+69" />
            <source>Paste voice-over script…</source>
            <extracomment>Seconds a scroll step may spend building rows ahead of the screen (the rest wait for an idle turn). Milliseconds after a scroll step before rows ahead of the screen are built, a slice at a time: long enough for the step's own paint to go first, short enough that the gap before the next step of a steady wheel (17 ms at 60 a second) builds the rows it will bring on screen. Waiting for a pause in the scrolling (40 ms) left every row to the step that showed it. beat id -&gt; id of the alternative its card shows. Measured height of a shot row (None until the first row is laid out); unbuilt rows use it.</extracomment>
            <translation>Paste voice-over script…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paste a whole voice-over, preview how it splits into shots, then apply it</source>
            <translation>Paste a whole voice-over, preview how it splits into shots, then apply it</translation>
        </message>
        <message>
            <location line="+104" />
            <source>(unnamed)</source>
            <translation>(unnamed)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Variant “%1”: %2 s in all</source>
            <translation>Variant “%1”: %2 s in all</translation>
        </message>
        <message>
            <location line="+192" />
            <source>Add alternative %1 to %2</source>
            <translation>Add alternative %1 to %2</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Remove alternative %1</source>
            <translation>Remove alternative %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit note</source>
            <translation>Edit note</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add shot</source>
            <translation>Add shot</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove shot %1</source>
            <translation>Remove shot %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Edit voice-over</source>
            <translation>Edit voice-over</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit captions</source>
            <translation>Edit captions</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Change duration</source>
            <translation>Change duration</translation>
        </message>
        <message numerus="yes">
            <location line="+75" />
            <source>Paste voice-over script (%n shot(s))</source>
            <translation>
                <numerusform>Paste voice-over script (%n shot(s))</numerusform>
                <numerusform>Paste voice-over script (%n shot(s))</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_Hover</name>
        <message>
            <location filename="../../studio/ui/views/text_marks.py" line="+157" />
            <source>Fix: %1</source>
            <extracomment>Underline colours by severity; tips are not underlined (they are advice about the whole script). (start, end, the text checked there, finding) for one field of one shot. Applies a finding's fix as one undo step (the guide panel's); None until the panel exists.</extracomment>
            <translation>Fix: %1</translation>
        </message>
    </context>
</TS>
