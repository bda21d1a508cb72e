<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>BeatCard</name>
        <message>
            <location filename="../../studio/ui/views/write_cards.py" line="+113" />
            <source>+ Alternative</source>
            <translation>+ 方案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add another way to play this beat (for an A/B test)</source>
            <translation>为此段落添加另一种表现方式（用于 A/B 测试）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Library…</source>
            <translation>素材库…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Insert a proven hook line</source>
            <translation>插入经过验证的钩子文案</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Insert a proven call to action</source>
            <translation>插入经过验证的行动号召</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Move or remove this beat</source>
            <translation>移动或删除这个段落</translation>
        </message>
        <message>
            <location line="+28" />
            <source>What this alternative tries (e.g. price stimulus)</source>
            <translation>此方案尝试的方向（例如：价格刺激）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>+ Shot</source>
            <translation>+ 镜头</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a shot at the end of this alternative</source>
            <translation>在此方案末尾添加一个镜头</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove alternative %1</source>
            <translation>删除方案 %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>No shots yet: add one, or paste a voice-over script.</source>
            <extracomment>The shown alternative's rows by shot id, built as they scroll into view.</extracomment>
            <translation>还没有镜头：添加一个，或粘贴口播稿。</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Not in the brief yet: %1. Click it to fill it in on the Brief tab.</source>
            <translation>简报里还没有：%1。点击它，到“简报”页填写。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Filled from the brief (in bold)</source>
            <translation>粗体部分取自简报</translation>
        </message>
        <message>
            <location line="+44" />
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 / %2 s</source>
            <translation>%1 / %2 秒</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: %2 s used</source>
            <translation>%1：已用 %2 秒</translation>
        </message>
        <message>
            <location line="+2" />
            <source> of a %1 s budget</source>
            <translation>，预算 %1 秒</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Over budget by %1 s</source>
            <translation>超出预算 %1 秒</translation>
        </message>
    </context>
    <context>
        <name>BriefNeeds</name>
        <message>
            <location filename="../../studio/ui/views/brief_needs.py" line="+63" />
            <source>“%1” needs from the brief: %2</source>
            <extracomment>Row labels as first written, so a mark can be taken off again.</extracomment>
            <translation>“%1”需要简报提供：%2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Still missing: %1</source>
            <translation>还缺：%1</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Coupon</source>
            <translation>优惠券</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Deadline</source>
            <translation>截止时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stock</source>
            <translation>库存</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (needed)</source>
            <translation>%1（模板需要）</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The template needs this from the brief</source>
            <translation>模板需要简报里的这一项</translation>
        </message>
    </context>
    <context>
        <name>BriefView</name>
        <message>
            <location filename="../../studio/ui/views/brief.py" line="+73" />
            <source>Name</source>
            <extracomment>The project settings the tab shows beside the brief. The selling points' column of the pain each answers (a list to pick from). The selling points' column of the persona each is for (a list to pick from). The brief's lists of lines, edited one line per item.</extracomment>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who</source>
            <translation>是谁</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Where they watch</source>
            <translation>在哪里看</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What they say</source>
            <translation>常说的话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Selling point</source>
            <translation>卖点</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answers pain</source>
            <translation>回应的痛点</translation>
        </message>
        <message>
            <location line="+0" />
            <source>For persona</source>
            <translation>面向人群</translation>
        </message>
        <message>
            <location line="+6" />
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <location line="+8" />
            <source>How and by when creators send their draft</source>
            <translation>达人交稿的方式和时间</translation>
        </message>
        <message>
            <location line="+3" />
            <source>https://… (printed as a QR code on the creator brief)</source>
            <translation>https://…（在达人简报上印成二维码）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change…</source>
            <translation>修改…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Product, brand, platform and category: Project Settings</source>
            <translation>产品、品牌、平台和商品类别：在“项目设置”中修改</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Audience</source>
            <translation>人群</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pain points</source>
            <translation>痛点</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Itch points</source>
            <translation>痒点</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pleasure points</source>
            <translation>爽点</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Selling points</source>
            <translation>卖点</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Usage scenes</source>
            <translation>使用场景</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Coupon</source>
            <translation>优惠券</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deadline</source>
            <translation>截止时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stock</source>
            <translation>库存</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Offer</source>
            <translation>优惠</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Must say</source>
            <translation>必说话术</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Never say</source>
            <translation>禁说词</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target length</source>
            <translation>目标时长</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+247" />
            <location line="+3" />
            <source>Draft from brief</source>
            <translation>根据简报起草</translation>
        </message>
        <message>
            <location line="-248" />
            <location line="+92" />
            <source>Add a complete first script for this template, written from the brief</source>
            <extracomment>What the chosen template needs from the brief, with the missing fields marked.</extracomment>
            <translation>按简报为此模板添加一份完整的初稿脚本</translation>
        </message>
        <message>
            <location line="+10" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“%1” (not one of the pains: pick one)</source>
            <translation>“%1”（不是简报中的痛点，请重新选择）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The pain point this selling point answers, picked from the pains above</source>
            <translation>这个卖点回应的痛点，从上方的痛点中选择</translation>
        </message>
        <message>
            <location line="+10" />
            <source>(any persona)</source>
            <translation>（不限人群）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“%1” (not one of the personas: pick one)</source>
            <translation>“%1”（不是简报中的人群：请重新选择）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The persona this selling point is for, picked from the audience above</source>
            <translation>这个卖点面向的人群，从上面的人群中选择</translation>
        </message>
        <message>
            <location line="+93" />
            <source>Edit brief</source>
            <translation>编辑简报</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The brief is empty: fill it in first, then draft from it.</source>
            <translation>简报还是空的：请先填写简报，再根据简报起草。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Wrote the draft into the empty script “%1”; Undo takes it back.</source>
            <translation>已把初稿写入空脚本“%1”；撤销即可恢复。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Added the draft “%1” as a new script; Undo takes it back.</source>
            <translation>已把初稿“%1”添加为新脚本；撤销即可收回。</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <location filename="../../studio/ui/workspace/pages.py" line="+208" />
            <source>Bold: something planned · red: overdue</source>
            <translation>粗体：有安排 · 红色：逾期</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Campaign &amp;Phases…</source>
            <translation>大促节点(&amp;P)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the team's own phases (a brand day, a live-stream week)</source>
            <translation>添加团队自己的节点（品牌日、直播周等）</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Overdue: %1</source>
            <translation>逾期：%1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nothing on this day</source>
            <translation>这一天没有安排</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <location filename="../../studio/ui/views/storyboard.py" line="+148" />
            <source>Loading…</source>
            <extracomment>Width of a card's frame in device-independent pixels (as many cards a row as fit). The narrowest frame a chosen number of cards a row may shrink a card to. The numbers of cards a row the user can choose (0: as many as fit at CARD_WIDTH).</extracomment>
            <translation>加载中…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Frame missing</source>
            <translation>缺少画面</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Drop an image here</source>
            <translation>把图片拖到这里</translation>
        </message>
        <message>
            <location line="+51" />
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <location filename="../../studio/ui/views/shotlist_columns.py" line="+38" />
            <source>Columns</source>
            <extracomment>Columns the user may not hide: without the code a row cannot be told from its neighbours. The union list's column, shown by the union box, not by the user.</extracomment>
            <translation>列</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Show All Columns</source>
            <translation>显示所有列</translation>
        </message>
    </context>
    <context>
        <name>CommandPalette</name>
        <message>
            <location filename="../../studio/ui/command_palette.py" line="+137" />
            <source>Find</source>
            <extracomment>Most entries the list shows at once (the rest are found by typing more).</extracomment>
            <translation>查找</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Command Palette</source>
            <translation>命令面板</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Find a shot, beat, variant or creator…</source>
            <translation>查找镜头、段落、版本或达人…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type an action, shot, beat, variant or creator…</source>
            <translation>输入操作、镜头、段落、版本或达人…</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shot</source>
            <translation>镜头</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 (not possible here now)</source>
            <translation>%1（此处暂不可用）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing matches</source>
            <translation>没有匹配项</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n found</source>
            <translation>
                <numerusform>找到 %n 项</numerusform>
            </translation>
        </message>
        <message>
            <location line="+0" />
            <source> (type more to see the rest)</source>
            <translation>（继续输入以查看其余项）</translation>
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
            <translation>项目已保存。详细信息已写入 {path}。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Copy Details</source>
            <translation>复制详细信息</translation>
        </message>
    </context>
    <context>
        <name>CreatorListView</name>
        <message>
            <location filename="../../studio/ui/views/creator_list.py" line="+108" />
            <source>Add</source>
            <extracomment>Column widths in characters of the font (name, platform, handle, variant, status, link, numbers with GMV in its currency, "¥51,480.00", notes). Most things due listed above the table (the rest counted). Most lines of a returned script's check shown in its box; all of them are in the box's details. The Edit menu names its row items after creators while this tab is in front.</extracomment>
            <translation>添加</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+512" />
            <source>Duplicate</source>
            <translation>复制</translation>
        </message>
        <message>
            <location line="-511" />
            <location line="+512" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location line="-511" />
            <source>Move the creator up</source>
            <translation>上移达人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the creator down</source>
            <translation>下移达人</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+510" />
            <source>Paste from Excel</source>
            <translation>从 Excel 粘贴</translation>
        </message>
        <message>
            <location line="-509" />
            <source>Import list…</source>
            <translation>导入名单…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check returned script…</source>
            <translation>检查回稿…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Paste rows copied from Excel or WPS: with a header row (达人昵称, 平台, 账号 …) or in this table's order</source>
            <translation>粘贴从 Excel 或 WPS 复制的行：带表头（达人昵称、平台、账号 …），或按本表的列顺序</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Check a creator's returned script (.docx or .txt) against the brief and the ad law</source>
            <translation>对照简报和广告法检查达人交回的脚本（.docx 或 .txt）</translation>
        </message>
        <message>
            <location line="+104" />
            <source>No creators yet: Add one, paste rows copied from Excel or WPS (Ctrl+V), or import a list.</source>
            <extracomment>What needs doing: drafts late, posts due, usage rights about to expire (hidden when nothing is).</extracomment>
            <translation>还没有达人：点“添加”，粘贴从 Excel 或 WPS 复制的行（Ctrl+V），或导入名单。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{count} creators · {plays} plays · {orders} orders · GMV {gmv}</source>
            <translation>{count} 位达人 · 播放 {plays} · 成交 {orders} 单 · GMV {gmv}</translation>
        </message>
        <message>
            <location line="-128" />
            <location line="+504" />
            <source>Creator brief…</source>
            <translation>达人简报…</translation>
        </message>
        <message>
            <location line="-362" />
            <source>… and {n} more: studio creators FILE --due lists them all</source>
            <translation>… 另有 {n} 项：studio creators FILE --due 可列出全部</translation>
        </message>
        <message>
            <location line="+48" />
            <source>New creator</source>
            <translation>新达人</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add creator</source>
            <translation>添加达人</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Duplicate creators</source>
            <translation>复制达人</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Remove creators</source>
            <translation>删除达人</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Move creator</source>
            <translation>移动达人</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The clipboard holds no cells to paste.</source>
            <translation>剪贴板里没有可粘贴的单元格。</translation>
        </message>
        <message>
            <location line="+15" />
            <source> Nothing was pasted; rows {numbers} hold a bad value too.</source>
            <translation>未粘贴任何内容；第 {numbers} 行也含错误值。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The pasted creators are already in the list with these values.</source>
            <translation>粘贴的达人已在名单中，数值相同。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paste creators</source>
            <translation>粘贴达人</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+104" />
            <source>Added {added}, updated {updated} creators</source>
            <translation>已添加 {added} 位、更新 {updated} 位达人</translation>
        </message>
        <message>
            <location line="-93" />
            <source>{summary}. Left out, {count} rows with a bad value; fix them and paste those rows again:</source>
            <translation>{summary}。另有 {count} 行含错误值，未粘贴；改正后请再粘贴这些行：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rows {numbers} too.</source>
            <translation>第 {numbers} 行也是。</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+67" />
            <source>Import creators</source>
            <translation>导入达人</translation>
        </message>
        <message>
            <location line="-66" />
            <source>Creators list (*.csv *.xlsx *.txt)</source>
            <translation>达人名单 (*.csv *.xlsx *.txt)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Reading {name}…</source>
            <extracomment>How the last import read in the background ended: True when the list changed, None while it reads.</extracomment>
            <translation>正在读取 {name}…</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+5" />
            <source>{path} cannot be read: {reason}</source>
            <translation>无法读取 {path}：{reason}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{path}: every creator is already in the list with these values.</source>
            <translation>{path}：名单中的达人都已存在，数值相同。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{path}: rows {numbers} were not imported (a bad value); fix them and import the file again.</source>
            <translation>{path}：第 {numbers} 行含错误值，未导入；改正后请再导入一次该文件。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Creator brief for {name}</source>
            <extracomment>The last brief export started (it runs on in the background), for tests and the window's close.</extracomment>
            <translation>{name} 的达人简报</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+2" />
            <source>Creator brief</source>
            <translation>达人简报</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Word (*.docx);;PDF (*.pdf);;Picture for phones (*.png)</source>
            <translation>Word (*.docx);;PDF (*.pdf);;手机长图 (*.png)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Check a returned script</source>
            <translation>检查回稿</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scripts (*.docx *.txt *.md)</source>
            <translation>脚本 (*.docx *.txt *.md)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{path} holds no script text: nothing to check.</source>
            <translation>{path} 里没有脚本文字，无法检查。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{path} cannot be read as a script.</source>
            <translation>无法把 {path} 读作脚本。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Returned script: {name}</source>
            <translation>回稿：{name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reads in about {seconds} s.</source>
            <translation>朗读约 {seconds} 秒。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ready to shoot: every must-say line, no banned word, no ad-law breach.</source>
            <translation>可以开拍：必说话术齐全，没有禁用词，没有违反广告法的用语。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send it back to the creator:</source>
            <translation>需退回达人修改：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>… and {n} more: Show Details.</source>
            <translation>……还有 {n} 条：请点“显示详情”。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Open link</source>
            <translation>打开链接</translation>
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
按住 Ctrl 单击打开</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Edit creator</source>
            <translation>编辑达人</translation>
        </message>
        <message>
            <location line="+18" />
            <source>(project's platform)</source>
            <translation>（项目平台）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(base variant)</source>
            <translation>（基础版）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/views/creator_deal.py" line="+178" />
            <location filename="../../studio/ui/views/creator_list_words.py" line="+36" />
            <location line="+8" />
            <location line="+5" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../studio/ui/views/creator_deal_words.py" line="+34" />
            <source>Top (头部)</source>
            <translation>头部</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Upper mid (肩部)</source>
            <translation>肩部</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mid (腰部)</source>
            <translation>腰部</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Micro (尾部)</source>
            <translation>尾部</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Amateur (素人)</source>
            <translation>素人</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Flat fee (一口价)</source>
            <translation>一口价</translation>
        </message>
    </context>
    <context>
        <name>CreatorsPanel</name>
        <message>
            <location filename="../../studio/ui/views/results_creators.py" line="+83" />
            <source>By creator</source>
            <extracomment>Sort keys live here; pending rows carry None and stay at the bottom in either direction.</extracomment>
            <translation>按达人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By variant, across creators</source>
            <translation>按版本（合并达人）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Compare fees and commissions (the Creators tab's deal) with the GMV they brought</source>
            <extracomment>Show what creators cost against what they brought (cost, per 1,000 plays, per order, ROI).</extracomment>
            <translation>对比费用与佣金（达人标签页中的合作信息）和带来的 GMV</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Compare:</source>
            <translation>比较：</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No creators yet. Add the creators of the campaign in the Creators tab (name, assigned variant, plays, conversions and GMV of their video) to compare them here.</source>
            <translation>还没有达人。请在“达人”标签页添加本次合作的达人（名字、分配的版本，以及视频的播放、转化和成交金额），即可在这里比较。</translation>
        </message>
        <message>
            <location line="+74" />
            <source>%1 creators, %2 with results, %3 pending</source>
            <translation>共 %1 位达人，%2 位有数据，%3 位待出结果</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Dot: value; line: 95 % interval; ★ ahead of every other one (only where the data show it)</source>
            <translation>圆点：数值；横线：95% 区间；★ 领先其余所有（仅在数据足以证明时标出）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No fee or commission entered yet: add them in the Creators tab's deal.</source>
            <translation>尚未填写费用或佣金：请在达人标签页的合作信息中填写。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No results from any creator yet.</source>
            <translation>还没有任何达人的数据。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Name (hover for handle and link)</source>
            <translation>名字（悬停可看账号和视频链接）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The variant the creator was given</source>
            <translation>分配给该达人的版本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where the collaboration stands</source>
            <translation>合作进展</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The variant, its creators' results summed</source>
            <translation>版本，其达人的数据合计</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Creators</source>
            <translation>达人数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Creators with results (and pending)</source>
            <translation>有数据的达人数（及待出结果的）</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+8" />
            <source>Conversions (orders)</source>
            <translation>转化（订单）</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Conv./play</source>
            <translation>播放转化率</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Conversions per play, with its 95 % interval in the tooltip</source>
            <translation>每次播放的转化率，悬停可看 95% 区间</translation>
        </message>
        <message>
            <location line="+2" />
            <source>GPM</source>
            <translation>GPM</translation>
        </message>
        <message>
            <location line="+0" />
            <source>GMV per 1,000 plays, with its 95 % interval in the tooltip</source>
            <translation>千次播放成交额，悬停可看 95% 区间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GMV share</source>
            <translation>成交占比</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Share of the GMV of all creators</source>
            <translation>占全部达人成交金额的比例</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Fees plus commissions on GMV (the Creators tab's deal)</source>
            <translation>费用加按 GMV 计的佣金（达人标签页中的合作信息）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cost/1k plays</source>
            <translation>千次播放成本</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cost per 1,000 plays, with its 95 % interval in the tooltip</source>
            <translation>每千次播放的成本，95% 区间见提示</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cost/order</source>
            <translation>单均成本</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cost per order, with its 95 % interval in the tooltip</source>
            <translation>每单成本，95% 区间见提示</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ROI</source>
            <translation>ROI</translation>
        </message>
        <message>
            <location line="+0" />
            <source>GMV over cost, with its 95 % interval in the tooltip</source>
            <translation>GMV 与费用之比，95% 区间见提示</translation>
        </message>
        <message>
            <location line="+47" />
            <source> (+%1 pending)</source>
            <translation>（另有 %1 位待出结果）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no results yet</source>
            <translation>尚无数据</translation>
        </message>
        <message>
            <location line="+34" />
            <source>No fee or commission entered: add them in the Creators tab's deal.</source>
            <translation>未填写费用或佣金：请在达人标签页的合作信息中填写。</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+11" />
            <source>95 % interval: %1 – %2</source>
            <translation>95% 区间：%1 – %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>More conversions than plays: check this creator's figures in the Creators tab.</source>
            <translation>转化数多于播放数：请在“达人”标签页核对该达人的数据。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Ahead of every other one on this measure</source>
            <translation>此项领先其余所有</translation>
        </message>
    </context>
    <context>
        <name>CropCanvas</name>
        <message>
            <location filename="../../studio/ui/dialogs/crop.py" line="+51" />
            <source>Crop box on the picture</source>
            <extracomment>How far one arrow key moves or resizes the box, as a fraction of the picture.</extracomment>
            <translation>画面上的裁切框</translation>
        </message>
    </context>
    <context>
        <name>CropDialog</name>
        <message>
            <location line="+97" />
            <source>Adjust crop of %1</source>
            <translation>调整 %1 的裁切</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Left %</source>
            <translation>左 %</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Top %</source>
            <translation>上 %</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Width %</source>
            <translation>宽 %</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Height %</source>
            <translation>高 %</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Whole picture</source>
            <translation>整张画面</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Drag a box on the picture, or move it with the arrow keys (Shift+arrows: size). The dashed outline is what this variant's frame shows.</source>
            <translation>在画面上拖出一个框，或用方向键移动它（Shift+方向键：调整大小）。虚线框是本版本画幅实际显示的部分。</translation>
        </message>
    </context>
    <context>
        <name>DealPanel</name>
        <message>
            <location filename="../../studio/ui/views/creator_deal.py" line="-93" />
            <source>Douyin, Xiaohongshu · all</source>
            <extracomment>The fields typed as text, in the form's order (tier, deal and paid-ad use are chosen). How a refused field is marked.</extracomment>
            <translation>抖音、小红书 · 全平台</translation>
        </message>
        <message>
            <location line="+1" />
            <source>30 days</source>
            <translation>30天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 video of 60 s + 3 pictures</source>
            <translation>1 条 60 秒视频 + 3 张图</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid ads allowed</source>
            <translation>可用于投流</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Exclusivity</source>
            <translation>独家期</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Fee ({sign})</source>
            <translation>费用（{sign}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deal: choose a creator</source>
            <translation>合作：请选择一位达人</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Deal with {name}</source>
            <translation>与 {name} 的合作</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Exclusive until {date}</source>
            <translation>独家至 {date}</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Enter a fee or a commission to see what this creator costs and returns.</source>
            <translation>填写费用或佣金后，可看到该达人的成本与回报。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cost {cost}</source>
            <translation>费用 {cost}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{cpm} per 1,000 plays</source>
            <translation>千次播放 {cpm}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{cpo} per order</source>
            <translation>单均 {cpo}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ROI {roi}</source>
            <translation>ROI {roi}</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Change {field} of {name}</source>
            <translation>修改 {name} 的{field}</translation>
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
            <translation>Word 分镜脚本 (.docx)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel shot list workbook (.xlsx)</source>
            <translation>Excel 分镜表 (.xlsx)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF storyboard and shoot list (.pdf)</source>
            <translation>PDF 分镜与拍摄清单 (.pdf)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read-through script (.docx, .md, .txt)</source>
            <translation>通读脚本 (.docx, .md, .txt)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Storyboard picture for chat groups (.png, .jpg)</source>
            <translation>发群用的分镜长图（.png、.jpg）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shot list for other tools and spreadsheets (.csv)</source>
            <translation>镜头清单，供其他工具与表格软件使用（.csv）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Animatic video with captions and sound (.mp4)</source>
            <translation>动态分镜视频，含字幕与声音（.mp4）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Short animatic for chats (.gif, .webp)</source>
            <translation>发群用的动态分镜短图（.gif、.webp）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Captions: voice-over and on-screen text, two files (.srt)</source>
            <translation>字幕：口播与画面文字，两个文件（.srt）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Creator brief, a page per creator (.docx, .pdf, .png)</source>
            <translation>达人简报，每位达人一页（.docx、.pdf、.png）</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Anyone: every format</source>
            <extracomment>Who receives an export, and the formats made for them (in menu order); "" offers every format.</extracomment>
            <translation>任何人：全部格式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client: storyboard to approve</source>
            <translation>客户：待确认的分镜</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Crew: shot list for the shoot</source>
            <translation>剧组：拍摄用的镜头清单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Editor: animatic and shot list</source>
            <translation>剪辑：动态分镜与镜头清单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Creator: their brief</source>
            <translation>达人：达人简报</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Operator: report with results and creators' figures</source>
            <translation>运营：含投放结果与达人数据的报告</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Table: a row per shot</source>
            <translation>表格：每个镜头一行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Large frames: 3 × 2 panels, landscape</source>
            <translation>大画面：每页 3 × 2 格，横向</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Large frames: 2 × 3 panels, portrait</source>
            <translation>大画面：每页 2 × 3 格，纵向</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Cannot use the sound file {path}: {detail}</source>
            <extracomment>The operating system's words for a full disk, a used-up quota or the file size limit.</extracomment>
            <translation>无法使用音频文件 {path}：{detail}</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Exporting {name}…</source>
            <translation>正在导出 {name}…</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <location line="+306" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exported to {folder}:</source>
            <translation>已导出到 {folder}：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Check before you send it:</source>
            <translation>发出前请检查：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open Folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs/import_mapping.py" line="+186" />
            <location line="+46" />
            <source>Import Excel Shot Script</source>
            <translation>导入 Excel 分镜脚本</translation>
        </message>
        <message>
            <location line="-44" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Reading the workbook…</source>
            <translation>正在读取工作簿…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Save the Imported Project As</source>
            <translation>将导入的项目另存为</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Studio projects (*.studio)</source>
            <translation>Studio 项目 (*.studio)</translation>
        </message>
        <message>
            <location line="-26" />
            <location line="+30" />
            <location line="+16" />
            <source>Import failed</source>
            <translation>导入失败</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Importing the workbook…</source>
            <translation>正在导入工作簿…</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Imported {shots} shots in {beats} beats from {name}.</source>
            <translation>已从 {name} 导入 {beats} 个段落中的 {shots} 个镜头。</translation>
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
            <translation>导出</translation>
        </message>
        <message>
            <location line="-230" />
            <source>Who receives the file: the formats made for them are offered</source>
            <translation>文件发给谁：只列出适合对方的格式</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Include A/B results and creators' figures (spend, GMV, plays, orders)</source>
            <translation>包含 A/B 投放结果与达人数据（消耗、GMV、播放、订单）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>For the operator's report only: clients, crews and editors never need them</source>
            <translation>仅用于运营报告：客户、剧组与剪辑都不需要这些数据</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location line="+1" />
            <source>US Letter</source>
            <translation>美国信纸 (Letter)</translation>
        </message>
        <message>
            <location line="+9" />
            <source> dB</source>
            <translation> dB</translation>
        </message>
        <message>
            <location line="+1" />
            <source>0 dB plays the music as recorded; -18 dB sits under a voice</source>
            <translation>0 dB 为原音量；-18 dB 适合垫在口播下面</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>For</source>
            <translation>发给</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Paper</source>
            <translation>纸张</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Layout</source>
            <translation>版式</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Music</source>
            <translation>背景音乐</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Music level</source>
            <translation>音乐音量</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location line="+20" />
            <source>None (WAV, MP3 or M4A)</source>
            <translation>无（WAV、MP3 或 M4A）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a sound file</source>
            <translation>选择音频文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sound (*.wav *.mp3 *.m4a *.aac *.flac *.ogg)</source>
            <translation>音频 (*.wav *.mp3 *.m4a *.aac *.flac *.ogg)</translation>
        </message>
        <message>
            <location line="+46" />
            <source>No such sound file: {path}</source>
            <translation>音频文件不存在：{path}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Export to</source>
            <translation>导出到</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Choose at least one variant.</source>
            <translation>请至少选择一个版本。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose a file to export to.</source>
            <translation>请选择要导出到的文件。</translation>
        </message>
        <message>
            <location line="+41" />
            <source>{names} already exists. Replace it?</source>
            <translation>{names} 已存在。要替换它吗？</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} files already exist: {names}. Replace them?</source>
            <translation>已有 {count} 个文件存在：{names}。要替换它们吗？</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replace</source>
            <translation>替换</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Or keep it and export to {name}.</source>
            <translation>或者保留它，导出到 {name}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use New Name</source>
            <translation>使用新名称</translation>
        </message>
        <message>
            <location line="+18" />
            <source>1 error remains in the guide: export anyway?</source>
            <translation>向导中还有 1 个错误：仍要导出吗？</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} errors remain in the guide: export anyway?</source>
            <translation>向导中还有 {count} 个错误：仍要导出吗？</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../studio/ui/fileactions.py" line="+31" />
            <source>Studio projects (*.studio)</source>
            <translation>Studio 项目 (*.studio)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Cannot create the project</source>
            <translation>无法创建项目</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open Project</source>
            <translation>打开项目</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Save As</source>
            <translation>另存为</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot save the project there</source>
            <translation>无法把项目保存到那里</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Now editing {name}</source>
            <translation>正在编辑 {name}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save a Copy</source>
            <translation>保存副本</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot save the copy there</source>
            <translation>无法把副本保存到那里</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Copy saved as {name}</source>
            <translation>副本已保存为 {name}</translation>
        </message>
        <message>
            <location line="+85" />
            <source>Select a creator in the table first: the brief is written for them.</source>
            <translation>请先在表格中选中一位达人：简报是为这位达人写的。</translation>
        </message>
        <message>
            <location line="+58" />
            <source>About Studio</source>
            <translation>关于 Studio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;h3&gt;Studio {version}&lt;/h3&gt;&lt;p&gt;Write short selling videos in beats, test variants, print shot lists and hand packs to the editor.&lt;/p&gt;&lt;p&gt;Icons: Lucide (ISC licence).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Studio {version}&lt;/h3&gt;&lt;p&gt;按段落编写带货短视频脚本，测试不同版本，打印分镜表，并把素材包交给剪辑。&lt;/p&gt;&lt;p&gt;图标：Lucide（ISC 许可）。&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>FrameScreen</name>
        <message>
            <location filename="../../studio/ui/views/preview.py" line="+76" />
            <source>Nothing to play yet</source>
            <extracomment>Playback advances in tenths of a second, the model's unit of time.</extracomment>
            <translation>还没有可播放的内容</translation>
        </message>
    </context>
    <context>
        <name>GuidePanel</name>
        <message>
            <location filename="../../studio/ui/views/guide_panel.py" line="+174" />
            <source>This variant</source>
            <extracomment>Wait this long after the last edit before re-checking, so typing stays smooth. The segmenter's dictionary starts loading once the first findings are painted, or this long after they are shown when the panel is not painted (its dock hidden). After an edit, the kept findings whose fixes must be judged again: when there are at most this many, they are judged at once (a short script is shown exactly, in one go) ... ... else in later pieces of this length, the rows on the list's screen first, each row keeping its last sentence meanwhile: at 1,000 shots an edit leaves a hundred fixes to judge again, at 5,000 several hundred, which in one block held the window for 10-50 ms after each pause in the typing. Milliseconds from an update to its first slice of judging. Rows above and below the list's screen judged first with it (a finding added or gone above moves them). The fix a row was shown with before its finding was judged (never a finding's fix: judged again when read). True when the panel has nothing to show but its summary line, False when findings appear. The list shows a new check's findings. What each list row shows: (finding's key, severity, text); the list changes by difference. The finding each row holds (FindingRole's value, kept here too: reading it back costs). id(finding) -&gt; (finding, its sentence in ``_bodies_lang``, key, severity, fix): an unchanged shot keeps its finding objects from check to check, so their sentences are built once. Kept findings whose rows still show their fix from before the last edit (see _judge_stale). True when the last check left out hits waiting for the segmenter's dictionary. The first check while it runs in the background, and the edits made meanwhile. True once the segmenter's dictionary was asked to load (after the first findings are painted). Checks leave out the hits needing the dictionary until it is in (False once it failed to load). (project, script, entities by id, order in the script) as of the last change of structure: an edit of a field leaves them as they are, so an update does not walk every shot to rebuild them. Bumped by a change that may rename a place findings name (a shot's code, a beat, an alternative's label, a variant's name, the structure): each finding's place in words is kept until then. id(finding) -&gt; (finding, its place in words) as of ``_wheres_at`` (see _update_list). The current stale round's row positions by finding (see _judge_stale). Reads the words inside the shots' pictures (OCR) in the background, after each shown check.</extracomment>
            <translation>当前版本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whole script</source>
            <translation>整个脚本</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+510" />
            <source>Apply fix</source>
            <translation>应用修改</translation>
        </message>
        <message>
            <location line="-475" />
            <source>Checking the script…</source>
            <extracomment>"Reading the words in pictures: 1 of 4", shown only while pictures are read.</extracomment>
            <translation>正在检查脚本…</translation>
        </message>
        <message>
            <location line="+135" />
            <source>The guide could not check this script.</source>
            <translation>创作指导无法检查此脚本。</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Reading the words in pictures: %1 of %2</source>
            <translation>正在识别图片里的文字：第 %1 张，共 %2 张</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Text inside the shots' pictures is checked like captions.</source>
            <translation>镜头图片里的文字会像字幕一样接受检查。</translation>
        </message>
        <message>
            <location line="+48" />
            <source>No problems found yet (the dictionary is loading).</source>
            <translation>暂未发现问题（词典载入中）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No problems found.</source>
            <translation>没有发现问题。</translation>
        </message>
        <message>
            <location line="+251" />
            <source>Open the brief</source>
            <translation>打开简报</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Fix: %1</source>
            <translation>修改：%1</translation>
        </message>
        <message>
            <location line="-4" />
            <location line="+6" />
            <source>Advice: %1</source>
            <translation>建议：%1</translation>
        </message>
        <message>
            <location line="-256" />
            <source>%1 error</source>
            <translation>%1 个错误</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 errors</source>
            <translation>%1 个错误</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 warning</source>
            <translation>%1 个警告</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 warnings</source>
            <translation>%1 个警告</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 tip</source>
            <translation>%1 条提示</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 tips</source>
            <translation>%1 条提示</translation>
        </message>
        <message>
            <location line="+4" />
            <source>dictionary loading…</source>
            <translation>词典载入中…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>More findings may follow once the word dictionary has loaded.</source>
            <translation>词典载入后可能还有更多问题。</translation>
        </message>
        <message>
            <location line="+279" />
            <source>Apply fix: %1</source>
            <translation>应用修改：%1</translation>
        </message>
    </context>
    <context>
        <name>ImportMapping</name>
        <message>
            <location filename="../../studio/ui/dialogs/import_mapping.py" line="-183" />
            <source>Shot no.</source>
            <translation>镜号</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Interior / exterior</source>
            <translation>内/外景</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Day / night</source>
            <translation>日/夜</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set-up no.</source>
            <translation>机位号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Voice-over / dialogue</source>
            <translation>台词/口播</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Duration</source>
            <translation>时长</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Music / sound</source>
            <translation>音乐/音效</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Alternative</source>
            <translation>方案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shot done</source>
            <translation>已拍</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order</source>
            <translation>顺序</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In point (not imported)</source>
            <translation>入点（不导入）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Out point (not imported)</source>
            <translation>出点（不导入）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Picture</source>
            <translation>图片</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes (kept as text)</source>
            <translation>备注（保留原文）</translation>
        </message>
    </context>
    <context>
        <name>ImportMappingDialog</name>
        <message>
            <location line="+18" />
            <source>Import {name}</source>
            <translation>导入 {name}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sheet “{sheet}”, headers in row {row}. Check where each column goes; change any that is wrong. Columns kept as notes are added to each shot's notes.</source>
            <translation>工作表「{sheet}」，表头在第 {row} 行。请核对每列的去向，有误的可以修改。作为备注的列会写入各镜头的备注。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Goes to</source>
            <translation>去向</translation>
        </message>
        <message>
            <location line="+0" />
            <source>How sure</source>
            <translation>把握</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Where the column {header} goes</source>
            <translation>「{header}」列的去向</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <location filename="../../studio/ui/dialogs/creator_list_import_dialog.py" line="+27" />
            <source>Import creators from {source}</source>
            <extracomment>Bad values listed one a line; past this many, a count (a broken column can fill thousands).</extracomment>
            <translation>从 {source} 导入达人</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Keep the project's values where the list differs (fill only empty fields)</source>
            <extracomment>Keep the project's values where the list differs (shown only when it does).</extracomment>
            <translation>名单与项目不一致时保留项目原值（只填补空白）</translation>
        </message>
        <message>
            <location line="+55" />
            <source>{added} to add, {updated} to update. Columns read: {columns}.</source>
            <translation>将添加 {added} 位、更新 {updated} 位。读取的列：{columns}。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location line="-44" />
            <source>{count} of {rows} rows hold a bad value and will not be imported (rows {numbers}). Fix them in the file and import it again to add them.</source>
            <extracomment>Why rows are left out (hidden when none is).</extracomment>
            <translation>{rows} 行中有 {count} 行含错误值，不会导入（第 {numbers} 行）。请在文件中改正后再导入一次，即可加入这些行。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>… and {count} more bad values</source>
            <translation>… 另有 {count} 个错误值</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Import the other {count} rows</source>
            <translation>导入其余 {count} 行</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location line="+32" />
            <source>{field} {old} kept (the list says {new})</source>
            <translation>{field} 保留原值 {old}（名单为 {new}）</translation>
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
            <translation>{task} · 按 {time} 时的脚本</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Written from the script as it was at {time}, when you started it. Go on editing: your changes are saved, but they are not in what is being written now.</source>
            <translation>按 {time} 开始时的脚本写入。可以继续编辑：你的修改会保存，但不会进入正在写入的文件。</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Cancelled: nothing half-written was kept.</source>
            <translation>已取消：没有留下写了一半的文件。</translation>
        </message>
        <message>
            <location line="+87" />
            <source>Cancel</source>
            <extracomment>The widest a job's words grow, and the narrowest they shrink to, in average characters. The part of the text cut first (the job's label), the rest kept whole while it fits. True when what is shown is shorter than the whole text.</extracomment>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+120" />
            <source>{name} is still being written by an earlier export or pack: wait for it to finish, or cancel it in the status bar.</source>
            <translation>{name} 仍在被之前的导出或打包写入：请等它完成，或在状态栏中取消。</translation>
        </message>
        <message>
            <location line="+31" />
            <source>A job is still running in the background ({label}). Cancel it and close? Nothing half-written is kept.</source>
            <translation>后台仍有任务在进行（{label}）。取消它并关闭吗？不会留下写了一半的文件。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location line="-303" />
            <location filename="../../studio/ui/dialogs/printing.py" line="+493" />
            <source>Cancelling… nothing half-written is kept.</source>
            <extracomment>Jobs under way in this process, oldest first. The job ended (done, failed or cancelled): its lines are gone and its callback has run. True when the job writes the script as it was when it started (said on its line). What the job does, for refusing a second one that would conflict (see :func:`busy_with`).</extracomment>
            <translation>正在取消……不会留下写了一半的文件。</translation>
        </message>
    </context>
    <context>
        <name>LibraryEntryDialog</name>
        <message>
            <location filename="../../studio/ui/workspace/entry_dialog.py" line="+17" />
            <source>Keep in the Team Library</source>
            <translation>收录到团队素材库</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Signature shot (the brand's opening, end card…)</source>
            <translation>标志镜头（品牌固定开场、片尾卡…）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The line, the shot's description or the word</source>
            <translation>台词、镜头描述或词语</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Any beat</source>
            <translation>任意段落</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hook</source>
            <translation>钩子</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CTA</source>
            <translation>行动号召</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Why: results, the client's rule…</source>
            <translation>理由：投放结果、客户要求…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Text:</source>
            <translation>内容(&amp;T)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Beat:</source>
            <translation>段落(&amp;B)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Evidence:</source>
            <translation>证据(&amp;E)：</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <location filename="../../studio/ui/workspace/pages.py" line="+57" />
            <source>Line</source>
            <translation>台词</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Retire</source>
            <translation>停用(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop offering this entry; it stays on record as retired</source>
            <translation>不再推荐此条；记录保留并标为已停用</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Keep New…</source>
            <translation>收录新条目(&amp;K)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep a signature shot, a line or a banned word for the whole team</source>
            <translation>为全团队收录标志镜头、台词或禁用词</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Retired</source>
            <translation>已停用</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../studio/ui/mainwindow.py" line="+114" />
            <source>Opening…</source>
            <extracomment>The navigator's widest default in pixels: a variant name like "Word-of-mouth proof" with its length beside it (long names are elided in the middle and show in full as a tooltip). It holds short names: on a laptop it gives its width to the guide, whose findings are sentences. The guide's widest default with findings to show, and its width with nothing to say (one line, the views get the rest). Central tabs in order: key, icon, view factory path (module, class). Tabs whose modules are imported in the background after start-up (they create no Qt object when imported): every tab's but the first. At 5,000 shots a first opening that imported its module blocked the window 50-170 ms of the GUI thread's CPU (the Creators tab's import set off a full garbage collection of 117 ms on top). Qt-free modules imported in the background after start-up too: every export and pack starts its child process through this one, whose first import (multiprocessing, pickle, the writers' common parts) blocked the window 283 ms on a clean clone.</extracomment>
            <translation>正在打开…</translation>
        </message>
        <message>
            <location line="+67" />
            <source>Opening {name}…</source>
            <extracomment>Emitted once, when the window starts painting for the first time (its children follow in the same pass); the start-up benchmark reports from here. Emitted once, after :meth:`attach`, when the window has painted the document's current tab. True when the docks took the recorded default layout (resized by rewriting it: see showEvent).</extracomment>
            <translation>正在打开 {name}…</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Write</source>
            <translation>写作</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shot list</source>
            <translation>分镜表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Storyboard</source>
            <translation>故事板</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Results</source>
            <translation>投放数据</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Brief</source>
            <translation>简报</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Navigator</source>
            <translation>导航</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Guide</source>
            <translation>创作指导</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <location line="+177" />
            <source>[read-only]</source>
            <translation>[只读]</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Read-only: changes cannot be made</source>
            <translation>只读：无法修改</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changes are saved automatically</source>
            <translation>修改会自动保存</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Saved {time}</source>
            <translation>已保存 {time}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Last change not saved (taken back)</source>
            <translation>最后一次修改未保存（已撤回）</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Change not saved</source>
            <translation>修改未保存</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <location filename="../../studio/ui/menus.py" line="+107" />
            <source>&amp;File</source>
            <extracomment>Items that need a document: off in the shell, on once attached. Edit items by the view method they call.</extracomment>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location line="+45" />
            <source>&amp;New from Template…</source>
            <extracomment>True once the items are made (see fill). What the row items of Edit name now (see EDIT_WORDS).</extracomment>
            <translation>从模板新建(&amp;N)…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save a &amp;Copy…</source>
            <translation>保存副本(&amp;C)…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Snapshots…</source>
            <translation>快照(&amp;S)…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Import Excel Shot Script…</source>
            <translation>导入 Excel 分镜脚本(&amp;I)…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Pre&amp;ferences…</source>
            <translation>偏好设置(&amp;F)…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location line="-133" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location line="+213" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location line="-214" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location line="-61" />
            <source>Cu&amp;t</source>
            <extracomment>Keys as a portable string ("Ctrl+D") or the platform's standard keys for an action. The Edit items that work on the current view: (method, text, keys, icon); None is a separator.</extracomment>
            <translation>剪切(&amp;T)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Paste</source>
            <translation>粘贴(&amp;P)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Select &amp;All</source>
            <translation>全选(&amp;A)</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+16" />
            <source>Move Shots Do&amp;wn</source>
            <translation>下移镜头(&amp;W)</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+17" />
            <source>&amp;Delete Shots</source>
            <translation>删除镜头(&amp;D)</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Move &amp;Beat Up</source>
            <translation>上移段落(&amp;B)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move B&amp;eat Down</source>
            <translation>下移段落(&amp;E)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Copy the selected shots below them</source>
            <translation>在所选镜头下方创建副本</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move the selected shots one place up</source>
            <translation>将所选镜头上移一位</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move the selected shots one place down</source>
            <translation>将所选镜头下移一位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the selected shots</source>
            <translation>删除所选镜头</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Copy the selected creators below them, without their results</source>
            <translation>在所选达人下方创建副本（不含成绩）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move the selected creator one row up</source>
            <translation>将所选达人上移一行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move Creator Do&amp;wn</source>
            <translation>下移达人(&amp;W)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the selected creator one row down</source>
            <translation>将所选达人下移一行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete Creators</source>
            <translation>删除达人(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected creators from the list</source>
            <translation>从名单中删除所选达人</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Write</source>
            <extracomment>English tab titles by key (the window shows them translated).</extracomment>
            <translation>写作</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shot list</source>
            <translation>分镜表</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Storyboard</source>
            <translation>故事板</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Results</source>
            <translation>投放数据</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Brief</source>
            <translation>简报</translation>
        </message>
        <message>
            <location line="+74" />
            <source>&amp;Workspace…</source>
            <translation>工作区(&amp;W)…</translation>
        </message>
        <message>
            <location line="+38" />
            <source>&amp;Variant Pack…</source>
            <translation>版本素材包(&amp;V)…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Print Storyboard and Shoot List…</source>
            <translation>打印分镜脚本与拍摄清单(&amp;P)…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Draft from Brief</source>
            <translation>根据简报起草(&amp;D)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import Creators &amp;List…</source>
            <translation>导入达人名单(&amp;L)…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Chec&amp;k Returned Script…</source>
            <translation>检查达人回稿(&amp;K)…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Pro&amp;ject Settings…</source>
            <translation>项目设置(&amp;J)…</translation>
        </message>
        <message>
            <location line="+23" />
            <source>&amp;Find…</source>
            <translation>查找(&amp;F)…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Guide</source>
            <translation>创作指导</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Show the &amp;Covered Area (Safe Area)</source>
            <translation>显示遮挡区域（安全区）(&amp;C)</translation>
        </message>
        <message>
            <location line="-166" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location line="-57" />
            <location line="+14" />
            <source>Dup&amp;licate Shots</source>
            <extracomment>What the Edit items that act on rows say, by what the current view's rows are (its ``edit_kind``, "shots" when it names none): (menu text, status tip) per item; the keys stay the same.</extracomment>
            <translation>创建镜头副本(&amp;L)</translation>
        </message>
        <message>
            <location line="-13" />
            <location line="+15" />
            <source>M&amp;ove Shots Up</source>
            <translation>上移镜头(&amp;O)</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Remo&amp;ve Beat</source>
            <translation>删除段落(&amp;V)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Dup&amp;licate Creators</source>
            <translation>创建达人副本(&amp;L)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>M&amp;ove Creator Up</source>
            <translation>上移达人(&amp;O)</translation>
        </message>
        <message>
            <location line="+111" />
            <source>Tear Down a &amp;Hit Video…</source>
            <translation>拆解爆款视频(&amp;H)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Teardown Side &amp;by Side…</source>
            <translation>对照拆解(&amp;B)…</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Crea&amp;tor Brief…</source>
            <translation>达人简报(&amp;T)…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Client Review Ro&amp;unds</source>
            <translation>客户审阅(&amp;U)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Send for Review…</source>
            <translation>发送审阅(&amp;S)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Import Review…</source>
            <translation>导入审阅(&amp;I)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Changes Since a Round…</source>
            <translation>自某轮审阅以来的改动(&amp;C)…</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Co&amp;mmand Palette…</source>
            <translation>命令面板(&amp;M)…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;How a Selling Video Is Built</source>
            <translation>带货视频的结构(&amp;H)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;About Studio</source>
            <translation>关于 Studio(&amp;A)</translation>
        </message>
        <message>
            <location line="+98" />
            <source>No recent files</source>
            <translation>没有最近的文件</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Clear the List</source>
            <translation>清空列表</translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <location filename="../../studio/ui/navigator.py" line="+95" />
            <source>Untitled script</source>
            <extracomment>Role holding the model object of a tree item.</extracomment>
            <translation>未命名脚本</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Beats</source>
            <translation>段落</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{label} · {n} shots</source>
            <translation>{label} · {n} 个镜头</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Played by the current variant</source>
            <translation>当前版本使用此方案</translation>
        </message>
        <message>
            <location line="+5" />
            <source>(base)</source>
            <translation>（基础版）</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Play in “{variant}”</source>
            <translation>在“{variant}”中使用</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose alternative {0}</source>
            <translation>选择方案 {0}</translation>
        </message>
    </context>
    <context>
        <name>NewProjectDialog</name>
        <message>
            <location filename="../../studio/ui/dialogs/new_project.py" line="+52" />
            <source>New Project from a Template</source>
            <translation>从模板新建项目</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Product or campaign name</source>
            <translation>产品或活动名称</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+56" />
            <source>untitled</source>
            <translation>未命名</translation>
        </message>
        <message>
            <location line="-51" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Language of the script</source>
            <translation>脚本语言</translation>
        </message>
        <message>
            <location line="+3" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location line="+32" />
            <source>This template needs from the brief: %1. All still missing: fill them in on the Brief tab; until then its prompts show placeholders.</source>
            <translation>这个模板需要简报提供：%1。目前都还没有：请在“简报”页填写；填写之前，提示里显示占位符。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>New Project</source>
            <translation>新建项目</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Studio projects (*.studio)</source>
            <translation>Studio 项目 (*.studio)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Choose a file name for the new project.</source>
            <translation>请为新项目选择一个文件名。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{name} already exists. Replace it with the new project? Its contents will be lost.</source>
            <translation>{name} 已存在。要用新项目替换它吗？它原来的内容将会丢失。</translation>
        </message>
    </context>
    <context>
        <name>NotesEditor</name>
        <message>
            <location filename="../../studio/ui/views/creator_notes.py" line="+29" />
            <source>Notes: Enter for a new line, Ctrl+Enter to finish</source>
            <extracomment>Lines the editor shows at least, and at most before it scrolls. Narrowest editor, in characters of the font (a narrowed notes column is too tight to write in).</extracomment>
            <translation>备注：Enter 换行，Ctrl+Enter 完成</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter: new line · Ctrl+Enter: done · Esc: cancel</source>
            <translation>Enter：换行 · Ctrl+Enter：完成 · Esc：取消</translation>
        </message>
    </context>
    <context>
        <name>OpenPrompt</name>
        <message>
            <location filename="../../studio/ui/app.py" line="+138" />
            <source>File in use</source>
            <extracomment>Our .qm file per interface language.</extracomment>
            <translation>文件正在使用</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} was left locked by a Studio that is no longer running.</source>
            <translation>{name} 被一个已不在运行的 Studio 锁定后遗留。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Take the lock over to edit it here, or open it read-only to look and export.</source>
            <translation>接管这把锁即可在此编辑，或只读打开以查看和导出。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This folder does not let you remove that lock: ask {user} or the folder's owner to delete {lock}. You can open it read-only to look and export.</source>
            <translation>此文件夹不允许你删除这把锁：请 {user} 或文件夹的所有者删除 {lock}。你可以只读打开以查看和导出。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Take Over</source>
            <translation>接管</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is being edited in another window.</source>
            <translation>{name} 正在另一个窗口中编辑。</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+4" />
            <source>You can open it read-only to look and export.</source>
            <translation>你可以以只读方式打开，用于查看和导出。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open Read-Only</source>
            <translation>以只读方式打开</translation>
        </message>
        <message>
            <location line="+137" />
            <source>Cannot open the file</source>
            <translation>无法打开文件</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Stopped opening {name}: nothing has changed.</source>
            <translation>已停止打开 {name}：一切如旧。</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Opening {name} instead of {old}.</source>
            <extracomment>The opening under way (one at a time: a newer one replaces it).</extracomment>
            <translation>改为打开 {name}，不再打开 {old}。</translation>
        </message>
        <message>
            <location line="-155" />
            <source>Opening {name}…</source>
            <extracomment>A file still being read after this many ms gets its line in the status bar, with Cancel (most files open sooner: no line comes and goes, and start-up does not build the job lines' widgets).</extracomment>
            <translation>正在打开 {name}…</translation>
        </message>
    </context>
    <context>
        <name>PackDialog</name>
        <message>
            <location filename="../../studio/ui/dialogs/pack_dialog.py" line="+54" />
            <source>All variants</source>
            <translation>全部版本</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+106" />
            <source>Variant pack for the editor</source>
            <extracomment>The packs written, once the job started by :meth:`accept` has ended (it runs on after the dialog). The pack under way in the background, once started.</extracomment>
            <translation>给剪辑的版本素材包</translation>
        </message>
        <message>
            <location line="-98" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Frames per second; 29.97 and 59.94 use drop-frame timecode</source>
            <translation>每秒帧数；29.97 与 59.94 使用丢帧时码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Optional, e.g. D:\Edit or /Volumes/Edit</source>
            <translation>可选，例如 D:\剪辑 或 /Volumes/Edit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Where the editor will keep the packs; the XML timelines point there. Each pack also has a relink script for any other place.</source>
            <translation>剪辑师存放素材包的位置，XML 时间线将指向那里。放在其他位置时，可用每个素材包里的重新链接脚本。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Also make a zip file of each pack</source>
            <translation>同时把每个素材包打包为 zip 文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put an animatic video (MP4) in each pack</source>
            <translation>每个素材包里放入动态分镜视频（MP4）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Frame rate</source>
            <translation>帧率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Editor's folder</source>
            <translation>剪辑师的文件夹</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Folder for the packs</source>
            <translation>素材包所在文件夹</translation>
        </message>
        <message>
            <location line="+21" />
            <source>This is a file, not a folder.</source>
            <translation>这是文件，不是文件夹。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not a frame rate: use a whole number from 1 to 120, or 23.976, 29.97, 59.94.</source>
            <translation>不是有效帧率：请用 1 到 120 的整数，或 23.976、29.97、59.94。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Writing the packs…</source>
            <translation>正在写出素材包…</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The pack could not be written: {detail}</source>
            <translation>无法写入素材包：{detail}</translation>
        </message>
    </context>
    <context>
        <name>PasteScriptDialog</name>
        <message>
            <location filename="../../studio/ui/views/paste_script.py" line="+47" />
            <source>Paste a voice-over script</source>
            <translation>粘贴口播稿</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Paste the whole voice-over here. Each sentence becomes a shot, timed at the speech rate.</source>
            <translation>在这里粘贴整段口播稿。每句话成为一个镜头，按语速计算时长。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Duration</source>
            <translation>时长</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add after the shots already there</source>
            <translation>添加到已有镜头之后</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace the shots of the alternatives shown</source>
            <translation>替换所显示方案的镜头</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 shots · %2 s</source>
            <translation>%1 个镜头 · %2 秒</translation>
        </message>
    </context>
    <context>
        <name>PhasesDialog</name>
        <message>
            <location filename="../../studio/ui/workspace/phases_dialog.py" line="+31" />
            <source>Campaign Phases</source>
            <translation>大促节点</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. Brand day, Live-stream week</source>
            <translation>如：品牌日、直播周</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Add Phase</source>
            <translation>添加节点(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>618, Double 11, Double 12 and the New Year festival are always on the calendar.</source>
            <translation>618、双11、双12 和年货节始终显示在日历上。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;From:</source>
            <translation>开始(&amp;F)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;To:</source>
            <translation>结束(&amp;T)：</translation>
        </message>
        <message>
            <location line="+23" />
            <source>A phase needs a name: type one.</source>
            <translation>节点需要名称：请填写。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The phase ends before it starts: pick a later last day.</source>
            <translation>节点的结束日期早于开始日期：请选择更晚的结束日期。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The phase is longer than a year: check the years.</source>
            <translation>节点超过一年：请检查年份。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A phase named “%1” is already there: remove it first.</source>
            <translation>已有名为“%1”的节点：请先删除它。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The phases file %1 cannot be read (damaged?): fix or move it away; it was not changed.</source>
            <translation>节点文件 %1 无法读取（可能已损坏）：请修复或移走它；文件未被改动。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The phase was not changed: %1</source>
            <translation>节点未更改：%1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>No phases of the team's own yet</source>
            <translation>团队还没有自己的节点</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Added “%1”.</source>
            <translation>已添加“%1”。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Pick a phase in the list first.</source>
            <translation>请先在列表中选择一个节点。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Removed “%1”.</source>
            <translation>已删除“%1”。</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../studio/ui/dialogs/preferences.py" line="+18" />
            <source>Preferences</source>
            <translation>偏好设置</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The window is rebuilt in the new language; your work stays open.</source>
            <translation>窗口将以新语言重新构建，你的工作保持打开。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Interface language</source>
            <translation>界面语言</translation>
        </message>
    </context>
    <context>
        <name>PreviewView</name>
        <message>
            <location filename="../../studio/ui/views/preview.py" line="+83" />
            <source>Position in the cut</source>
            <extracomment>The on-screen text's box in the widget, as last painted (None: no on-screen text).</extracomment>
            <translation>在成片中的位置</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Previous shot</source>
            <translation>上一个镜头</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+104" />
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <location line="-102" />
            <source>Next shot</source>
            <translation>下一个镜头</translation>
        </message>
        <message>
            <location line="+71" />
            <source>%1 · %2 %3 · shot %4 of %5</source>
            <translation>%1 · %2 %3 · 第 %4 / %5 个镜头</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(no voice-over)</source>
            <translation>（无口播）</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../studio/ui/dialogs/printing.py" line="-422" />
            <source>Storyboard and shoot list: {variant}</source>
            <extracomment>PDFium is not thread-safe: the preview's page pictures, a print job and a new layout after a cancelled one may each read a PDF in a thread of their own, and two of them inside PDFium at once crashed the process (a segmentation fault in get_page). Every use of it in this process holds this lock. A preview keeps every page's picture in memory: all of them together stay within about this many bytes (a 1,000-shot project prints some 300 pages), at no less than PREVIEW_MIN_DPI. About how many bytes of a page's picture are handed to the printer in one call (see _draw_in_bands). Square inches of an A4 page, and bytes per pixel of a page's picture.</extracomment>
            <translation>故事板和拍摄清单：{variant}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Shoot list of all variants</source>
            <translation>所有版本的拍摄清单</translation>
        </message>
        <message>
            <location line="+185" />
            <source>Printed {count} pages.</source>
            <translation>已打印 {count} 页。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Printing {count} pages…</source>
            <translation>正在打印 {count} 页…</translation>
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
            <translation>美式信纸</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Print Preview — {what}</source>
            <translation>打印预览 — {what}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Laying out the pages…</source>
            <translation>正在排版……</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Drawing the pages…</source>
            <translation>正在绘制页面…</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Cancelled: choose again to lay the pages out.</source>
            <translation>已取消：重新选择即可再次排版。</translation>
        </message>
        <message>
            <location line="-214" />
            <location line="+218" />
            <source>Cannot print</source>
            <translation>无法打印</translation>
        </message>
    </context>
    <context>
        <name>ProjectFields</name>
        <message>
            <location filename="../../studio/ui/dialogs/project_settings.py" line="+41" />
            <source>What the video sells, e.g. 焕亮精华 serum</source>
            <translation>视频卖的产品，例如 焕亮精华</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Cosmetics, food, health food, apparel and electronics add compliance rules of their own.</source>
            <translation>化妆品、普通食品、保健食品、服装和电子产品各有自己的合规规则。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The videos' frame: every export follows it; a variant may have its own. Changing it keeps each picture with its crop.</source>
            <translation>视频的画幅：所有导出都随之改变；版本可以单独设定。更改画幅时每张画面保留各自的裁切。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Follow the platform</source>
            <extracomment>The currency of the creators' fees and results ("": the platform's).</extracomment>
            <translation>随平台</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The currency of creators' fees, commissions and results</source>
            <translation>达人费用、佣金与成绩的币种</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paid promotion (the videos carry the platform's ad label)</source>
            <translation>付费推广（视频须带平台的广告标识）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>When on, the guide asks for the platform's ad label (广告, #ad) in every variant</source>
            <translation>勾选后，指南会要求每个版本都带上平台的广告标识（广告、#ad）</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Safe areas, currency and frame rate follow the platform: {money} · {fps} fps · {low}–{high} s</source>
            <translation>安全区、货币和帧率随平台而定：{money} · {fps} 帧/秒 · {low}–{high} 秒</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{w}×{h}; the platform covers {top}% at the top, {bottom}% at the foot, {right}% at the right</source>
            <translation>{w}×{h}；平台界面遮挡顶部 {top}%、底部 {bottom}%、右侧 {right}%</translation>
        </message>
    </context>
    <context>
        <name>ProjectSettingsDialog</name>
        <message>
            <location line="+37" />
            <location line="+30" />
            <source>Project Settings</source>
            <translation>项目设置</translation>
        </message>
        <message>
            <location line="-5" />
            <source>This value cannot be used: {detail}</source>
            <translation>这个值不能使用：{detail}</translation>
        </message>
    </context>
    <context>
        <name>ProjectsPage</name>
        <message>
            <location filename="../../studio/ui/workspace/pages.py" line="-286" />
            <source>Filter: title, product, creator…</source>
            <translation>筛选：标题、产品、达人…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Post by</source>
            <translation>发布日期</translation>
        </message>
        <message>
            <location line="+71" />
            <source>All platforms</source>
            <translation>全部平台</translation>
        </message>
    </context>
    <context>
        <name>ReportImportDialog</name>
        <message>
            <location filename="../../studio/ui/dialogs/report_import_dialog.py" line="+82" />
            <location line="+269" />
            <source>Import ad report</source>
            <extracomment>The conflict choices, as the preview names them. How a conflict is resolved: None until the user chooses, then "replace" or "agree".</extracomment>
            <translation>导入投放报表</translation>
        </message>
        <message>
            <location line="-204" />
            <source>Reading the report…</source>
            <translation>正在读取报表…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Checking the report…</source>
            <translation>正在核对报表…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Reading the report: %1 rows…</source>
            <translation>正在读取报表：已读 %1 行…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Checking rows: %1…</source>
            <translation>正在核对：第 %1 行…</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Report from: %1</source>
            <translation>报表来源：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(not in report)</source>
            <translation>（报表中没有）</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Earlier values dropped: %1</source>
            <translation>舍弃的旧数值：%1</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n row(s) match no variant: choose one in the list below, or leave them out.</source>
            <translation>
                <numerusform>有 %n 行没有匹配到版本：请在下方列表中选择版本，或跳过这些行。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+34" />
            <source>keeps: %1</source>
            <translation>保留原值：%1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The report disagrees with earlier values it does not carry</source>
            <translation>报表与它没有的旧数值冲突</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Replace the variant's results with the report; drops %1</source>
            <translation>用报表替换该版本的结果；舍弃 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep earlier values only where they still agree; drops %1</source>
            <translation>只保留仍然一致的旧数值；舍弃 %1</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <location filename="../../studio/ui/workspace/pages.py" line="+135" />
            <source>Save as &amp;PDF…</source>
            <translation>另存为 PDF(&amp;P)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as &amp;Workbook…</source>
            <translation>另存为工作簿(&amp;W)…</translation>
        </message>
        <message>
            <location line="+21" />
            <source>No results in any project yet: import an ad report into a project.</source>
            <translation>还没有任何项目有投放结果：请先把投放报表导入项目。</translation>
        </message>
    </context>
    <context>
        <name>ReportRowsModel</name>
        <message>
            <location filename="../../studio/ui/dialogs/report_rows.py" line="+81" />
            <source>Row</source>
            <extracomment>Row-table columns. What the variant cell's editor holds for "no choice yet" (None leaves the row out). A row's line and what was chosen for it: a variant id, None (leave out) or "" (no choice). (variant id, name) in the script's order.</extracomment>
            <translation>行</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ad name</source>
            <translation>广告名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Match</source>
            <translation>匹配</translation>
        </message>
        <message>
            <location line="+9" />
            <source>(leave this row out)</source>
            <translation>（跳过这一行）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(choose a variant)</source>
            <translation>（选择版本）</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <location filename="../../studio/ui/views/results.py" line="+151" />
            <source>Type each variant's counts from the ad platform's report into the cells below, or import the report (CSV or Excel). Rates, 95 % intervals and the winner appear here.</source>
            <extracomment>Editable columns: the six counts, spend and GMV (after the rates, so the rates need no scrolling). Column of the first input. Larger than any real campaign; also keeps values inside SQLite's integers. Shot fields the Results tab reads: the cut's timing and the codes its sentences name.</extracomment>
            <translation>把投放平台报表中各版本的数据填入下方表格，或直接导入报表（CSV 或 Excel）。比率、95% 置信区间和胜出版本会显示在这里。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Import report…</source>
            <translation>导入报表…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import retention curves…</source>
            <translation>导入留存曲线…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Rates and chart</source>
            <translation>比率与图表</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Dot: value; line: 95 % interval; dashed line: the control (%1); ★ winner</source>
            <extracomment>Variants whose counts contradict each other: their verdicts wait until the counts are fixed.</extracomment>
            <translation>圆点：数值；横线：95% 区间；虚线：对照组（%1）；★ 胜出</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No results yet: import a report or type the counts above.</source>
            <translation>尚无结果：请导入报表，或在上方表格中录入数据。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No retention curves yet. Export the audience retention (share still watching per second) from 巨量引擎 or TikTok and import it here.</source>
            <translation>尚无留存曲线。请从巨量引擎或 TikTok 导出观众留存数据（每秒仍在观看的比例），在这里导入。</translation>
        </message>
        <message>
            <location line="+31" />
            <source> (control)</source>
            <translation>（对照）</translation>
        </message>
        <message>
            <location line="+52" />
            <source>{variant}: {why} Its verdict waits until this is fixed.</source>
            <translation>{variant}：{why}改正之前不给出它的结论。</translation>
        </message>
        <message>
            <location line="+29" />
            <source>95 % interval: %1 – %2</source>
            <translation>95% 区间：%1 – %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Holm-adjusted {p} against the control</source>
            <translation>与对照组相比（Holm 校正）{p}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Winner on this metric</source>
            <translation>该指标的胜出版本</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Edit results</source>
            <translation>编辑投放数据</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Paste into a count cell: the rates are worked out, not typed.</source>
            <translation>请粘贴到计数单元格：比率是算出来的，不用填写。</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Paste results</source>
            <translation>粘贴结果</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Spend must be an amount of zero or more, e.g. 1250.50.</source>
            <translation>消耗须为零或以上的金额，例如 1250.50。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 must be a whole number of zero or more.</source>
            <translation>%1须为零或以上的整数。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 (%2) cannot be more than %3 (%4).</source>
            <translation>%1（%2）不能多于%3（%4）。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Import retention curves</source>
            <translation>导入留存曲线</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Import ad report</source>
            <translation>导入投放报表</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Reports (*.csv *.xlsx);;All files (*)</source>
            <translation>报表 (*.csv *.xlsx);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>RetentionImportDialog</name>
        <message>
            <location filename="../../studio/ui/dialogs/retention_import_dialog.py" line="+49" />
            <location line="+153" />
            <source>Import retention curves</source>
            <extracomment>Curve-table columns. None (a new curve replaces the earlier one) or "agree" (keep its later seconds where they agree). The file's rows once read, and the reading under way (None once it ended).</extracomment>
            <translation>导入留存曲线</translation>
        </message>
        <message>
            <location line="-148" />
            <source>Curve</source>
            <translation>曲线</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Seconds</source>
            <translation>秒数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Match</source>
            <translation>匹配</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Keep an earlier curve's later seconds where they still agree with the new curve's end</source>
            <translation>保留原曲线中与新曲线结尾仍然一致的后续秒数</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Reading the curves…</source>
            <translation>正在读取留存曲线…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Reading the curves: %1 rows…</source>
            <translation>正在读取留存曲线：%1 行…</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Only the curves are stored; every count stays as it is.</source>
            <translation>只保存留存曲线，其他数据保持不变。</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n curve(s) match no variant: choose one below, or leave them out.</source>
            <translation>
                <numerusform>有 %n 条曲线没有匹配到版本：请在下方选择版本，或跳过。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 replaces its earlier curve (%2 s: %3 at 0 s, %4 at %5 s, %6 at the end); that curve is dropped.</source>
            <translation>「%1」将替换原有曲线（%2 秒：0 秒 %3，%5 秒 %4，结尾 %6），原曲线将被舍弃。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Its seconds %1-%2 are kept (%3 → %4).</source>
            <translation>保留其第 %1-%2 秒（%3 → %4）。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>(choose a variant)</source>
            <translation>（选择版本）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(leave this curve out)</source>
            <translation>（跳过这条曲线）</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialogs</name>
        <message>
            <location filename="../../studio/ui/dialogs/review_dialogs.py" line="+51" />
            <source>Send for Review</source>
            <translation>发送审阅</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Brand or agency, e.g. 晨露品牌部</source>
            <translation>品牌方或代理公司，例如 晨露品牌部</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Word storyboard (comments and tracked changes)</source>
            <translation>Word 分镜（批注与修订）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Review workbook (意见 / 通过 columns)</source>
            <translation>审阅表（意见 / 通过 列）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Client:</source>
            <translation>客户：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Variants:</source>
            <translation>版本：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Folder:</source>
            <translation>文件夹：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send</source>
            <translation>发送</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Send to folder</source>
            <translation>发送到文件夹</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Choose at least one variant and one file to send.</source>
            <translation>请至少选择一个版本和一种文件。</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Writing the review files…</source>
            <translation>正在生成审阅文件…</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Could not write the review files: {error}</source>
            <translation>无法写入审阅文件：{error}</translation>
        </message>
        <message>
            <location line="-21" />
            <source>A review round is still being written: wait for it, or cancel it in the status bar.</source>
            <translation>仍有一轮审阅文件正在写入：请等它完成，或在状态栏中取消。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Send for review</source>
            <translation>发送审阅</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Import Review</source>
            <translation>导入审阅</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name}: {comments} comment(s), {edits} suggested edit(s), {approvals} approval(s); {new} new.</source>
            <translation>{name}：{comments} 条批注，{edits} 条修改建议，{approvals} 条审批；新增 {new} 条。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This file was imported before.</source>
            <translation>此文件已导入过。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Shot</source>
            <translation>镜头</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who</source>
            <translation>提出人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <location line="+5" />
            <source>not placed: {where}</source>
            <translation>无法定位：{where}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Comment</source>
            <translation>批注</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reply</source>
            <translation>回复</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not placed</source>
            <translation>无法定位</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit</source>
            <translation>修改</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Approval</source>
            <translation>审批</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Note</source>
            <translation>提示</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing in the script changes until you accept a suggestion in the Review tab.</source>
            <translation>在“审阅”页接受建议之前，脚本不会改动。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Import a returned review</source>
            <translation>导入返回的审阅文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Returned review (*.docx *.xlsx *.doc *.pdf)</source>
            <translation>返回的审阅文件 (*.docx *.xlsx *.doc *.pdf)</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Could not read {name}: {error}</source>
            <translation>无法读取 {name}：{error}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reading the returned file…</source>
            <translation>正在读取返回的文件…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Import review</source>
            <translation>导入审阅</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Nothing was sent for review yet: send a round first.</source>
            <translation>还没有发出审阅：请先发送一轮。</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+14" />
            <source>Changes Since Round</source>
            <translation>自某轮以来的改动</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Since the client saw:</source>
            <translation>自客户看过的：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Word (*.docx);;PDF (*.pdf)</source>
            <translation>Word (*.docx);;PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Writing the changes…</source>
            <translation>正在写入改动…</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Could not write the changes: {error}</source>
            <translation>无法写入改动：{error}</translation>
        </message>
    </context>
    <context>
        <name>ReviewView</name>
        <message>
            <location filename="../../studio/ui/views/review.py" line="+66" />
            <source>Send for Review…</source>
            <extracomment>The row of the shot list holding what could not be placed on a shot. Shots' items the list gets in one turn of the event loop. A 5,000-shot review's list took 64-80 ms of the GUI thread's CPU in one block when the tab was first shown, 168 ms with a full garbage collection falling in it (its 5,000 new items are what set the collection off); the rest follow a slice a turn. The project's shots by id, taken at each refresh (the document's lookup walks every shot). True when a change came while the tab was hidden: the list is rebuilt when it is shown.</extracomment>
            <translation>发送审阅…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import Review…</source>
            <translation>导入审阅…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changes Since Round…</source>
            <translation>自某轮以来的改动…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Shot</source>
            <translation>镜头</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Approval</source>
            <translation>审批</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+56" />
            <source>Comments</source>
            <translation>批注</translation>
        </message>
        <message>
            <location line="-56" />
            <source>Edits</source>
            <translation>修改</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+9" />
            <source>Who</source>
            <translation>提出人</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Comment</source>
            <translation>批注</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Answer the selected comment</source>
            <translation>回复所选批注</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reply</source>
            <translation>回复</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolve</source>
            <translation>解决</translation>
        </message>
        <message>
            <location line="+4" />
            <source>From</source>
            <translation>来源</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Accept</source>
            <translation>接受</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decline</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Accept All of</source>
            <translation>全部接受：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decline All of</source>
            <translation>全部拒绝：</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Client approval:</source>
            <translation>客户审批：</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Suggested edits</source>
            <translation>修改建议</translation>
        </message>
        <message>
            <location line="+133" />
            <source>Nothing sent for review yet: Send for Review… writes the Word storyboard and the review workbook for the client.</source>
            <translation>还没有发出审阅：“发送审阅…”会为客户生成 Word 分镜和审阅表。</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Not placed</source>
            <translation>无法定位</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Tracked change</source>
            <translation>修订</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edited</source>
            <translation>直接改动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workbook</source>
            <translation>审阅表</translation>
        </message>
        <message>
            <location line="-253" />
            <source>Pending</source>
            <translation>待审</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Approved</source>
            <translation>通过</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changes requested</source>
            <translation>需修改</translation>
        </message>
        <message>
            <location line="+255" />
            <source>Undecided</source>
            <translation>待定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accepted</source>
            <translation>已接受</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Declined</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Set client approval</source>
            <translation>设置客户审批</translation>
        </message>
        <message>
            <location line="+7" />
            <source>me</source>
            <translation>我</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reply to comment</source>
            <translation>回复批注</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Resolve comment</source>
            <translation>解决批注</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Decline suggested edit(s)</source>
            <translation>拒绝修改建议</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Accept suggested edit(s)</source>
            <translation>接受修改建议</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That suggestion is on a shot since removed: decline it.</source>
            <translation>该建议所在的镜头已删除：请拒绝它。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The field changed since the client saw it, so the suggestion no longer fits: decline it or edit the shot by hand. Nothing was changed.</source>
            <translation>该字段在客户看过之后又改过，建议已不适用：请拒绝它或手动修改。未做任何改动。</translation>
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message>
            <location filename="../../studio/ui/workspace/pages.py" line="-136" />
            <source>Search lines, products, creators, tags, shots… (Enter)</source>
            <translation>搜索台词、产品、达人、标签、镜头…（回车）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Text</source>
            <translation>内容</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Hook</source>
            <translation>钩子</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CTA</source>
            <translation>行动号召</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shot</source>
            <translation>镜头</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tag</source>
            <translation>标签</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%n hit(s)</source>
            <translation>
                <numerusform>%n 条结果</numerusform>
            </translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nothing found</source>
            <translation>没有找到</translation>
        </message>
    </context>
    <context>
        <name>ServerBar</name>
        <message>
            <location filename="../../studio/ui/workspace/server_bar.py" line="+42" />
            <source>The server could not be used: %1</source>
            <extracomment>error_text's sentences are in one context ("ServerBar") whoever shows them: window, bar or dialog.</extracomment>
            <translation>无法使用服务器：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 refused the user or password. Enter the right one under Server…</source>
            <translation>%1 拒绝了该用户或密码。请在“服务器…”中输入正确的。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 does not answer. You keep working on this computer's copy; publish when it is back.</source>
            <translation>%1 没有响应。你可以继续使用本机副本工作；服务器恢复后再发布。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 went away mid-way. What it confirmed is kept and nothing here is lost; publish again when it is back.</source>
            <translation>%1 中途断开。已确认的内容已保留，本机没有丢失任何内容；服务器恢复后请重新发布。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 has no such database. Ask its administrator to create it.</source>
            <translation>%1 上没有这个数据库。请管理员先创建。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 was set up by a newer Studio. Update Studio to use it.</source>
            <translation>%1 由更新版本的 Studio 建立。请升级 Studio 后使用。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This Studio has no PostgreSQL support (psycopg). Install Studio with it.</source>
            <translation>本 Studio 没有 PostgreSQL 支持（psycopg）。请安装带该支持的 Studio。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a server address. Write it as postgresql://user@host/database.</source>
            <translation>%1 不是服务器地址。请写成 postgresql://用户@主机/数据库。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 cannot be used (%2).</source>
            <translation>%1 无法使用（%2）。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>&amp;Publish</source>
            <extracomment>Emitted when a state check or a publish has finished (well or not): tests and the window wait on it. The Server dialog changed the saved workspace: the window reads everything again. The state was asked for while other work ran: read it once that is done.</extracomment>
            <translation>发布(&amp;P)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send this computer's projects and library to the team's server (never the project files)</source>
            <translation>把本机的项目摘要和素材库发送到团队服务器（不上传项目文件）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ser&amp;ver…</source>
            <translation>服务器(&amp;V)…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Server: checking…</source>
            <translation>服务器：检查中…</translation>
        </message>
        <message>
            <location line="+25" />
            <source>This computer only</source>
            <translation>仅本机</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Server %1: %2 projects, %3 library entries</source>
            <translation>服务器 %1：%2 个项目，素材库 %3 条</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 waiting to publish</source>
            <translation>%1 项待发布</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Publishing stopped; what was sent is kept.</source>
            <translation>发布已停止；已发送的内容保留。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Publishing…</source>
            <translation>发布中…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Published %1 projects and %2 library entries; the server holds %3 projects.</source>
            <translation>已发布 %1 个项目和 %2 条素材；服务器上共有 %3 个项目。</translation>
        </message>
    </context>
    <context>
        <name>ServerDialog</name>
        <message>
            <location line="+61" />
            <source>Team Server</source>
            <extracomment>The saved choice changed (connected to a server, or back to this computer). A try finished (tests wait on it).</extracomment>
            <translation>团队服务器</translation>
        </message>
        <message>
            <location line="+6" />
            <source>leave empty to use the saved one</source>
            <translation>留空则使用已保存的密码</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Server &amp;address:</source>
            <translation>服务器地址(&amp;A)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pass&amp;word:</source>
            <translation>密码(&amp;W)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Connect</source>
            <translation>连接(&amp;C)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;This Computer Only</source>
            <translation>仅本机(&amp;T)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Laptops publish their projects' summaries, lines, dates, results and library to the server; project files stay where they are. The password goes to the system keyring or ~/.pgpass.</source>
            <translation>各台电脑把项目的摘要、台词、日期、投放结果和素材库发布到服务器；项目文件留在原处。密码存入系统钥匙串或 ~/.pgpass。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 is not a server address. Write it as postgresql://user@host/database.</source>
            <translation>%1 不是服务器地址。请写成 postgresql://用户@主机/数据库。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Trying %1…</source>
            <translation>正在连接 %1…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Connected. This workspace now lives on %1.</source>
            <translation>已连接。工作区现在位于 %1。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The password is in the system keyring.</source>
            <translation>密码已存入系统钥匙串。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The password is in %1, readable by you only.</source>
            <translation>密码已存入 %1，仅你本人可读。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The workspace is on this computer only again.</source>
            <translation>工作区已改回仅本机。</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../studio/ui/dialogs/help.py" line="+31" />
            <source>Keyboard Shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Filter by action or key…</source>
            <translation>按操作或按键筛选…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shortcut</source>
            <translation>快捷键</translation>
        </message>
    </context>
    <context>
        <name>ShotListOps</name>
        <message>
            <location filename="../../studio/ui/views/shotlist_ops.py" line="+37" />
            <source>Move shots</source>
            <translation>移动镜头</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Move shots up</source>
            <translation>上移镜头</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Move shots down</source>
            <translation>下移镜头</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Duplicate shots</source>
            <translation>复制镜头</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete shots</source>
            <translation>删除镜头</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Move shots to another beat</source>
            <translation>将镜头移到其他段落</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Paste shots</source>
            <translation>粘贴镜头</translation>
        </message>
    </context>
    <context>
        <name>ShotListView</name>
        <message>
            <location filename="../../studio/ui/views/shotlist.py" line="+126" />
            <source>Shoot list (all variants)</source>
            <extracomment>Starting column widths in pixels; the picture and the voice-over share what the window has left. The columns that fill the table's width, and the least each gets before the table scrolls instead. The text columns whose flagged words are underlined. Emitted with the number of visible rows and total duration after every refresh.</extracomment>
            <translation>拍摄清单（全部版本）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show every shot to film once, with the variants that use it</source>
            <translation>列出所有需要拍摄的镜头（每个只拍一次）及使用它的版本</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <location line="+121" />
            <source>Cu&amp;t Shots</source>
            <translation>剪切镜头(&amp;T)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Copy Shots</source>
            <translation>复制镜头(&amp;C)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Paste Shots</source>
            <translation>粘贴镜头(&amp;P)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Select &amp;All Shots</source>
            <translation>全选镜头(&amp;A)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Delete Shots</source>
            <translation>删除镜头(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dup&amp;licate Shots</source>
            <translation>创建镜头副本(&amp;L)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>M&amp;ove Shots Up</source>
            <translation>上移镜头(&amp;O)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move Shots Do&amp;wn</source>
            <translation>下移镜头(&amp;W)</translation>
        </message>
        <message>
            <location line="+36" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location line="+48" />
            <source>all variants</source>
            <translation>所有版本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shot list as shown: {which}, {count} shots</source>
            <translation>按当前显示的镜头表：{which}，{count} 个镜头</translation>
        </message>
        <message>
            <location line="+21" />
            <source>{n} shots to film · {total} of footage</source>
            <translation>需拍摄 {n} 个镜头 · 素材共 {total}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} shots · {total} in “{variant}”</source>
            <translation>{n} 个镜头 · “{variant}”共 {total}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{shown} shown</source>
            <translation>显示 {shown} 个</translation>
        </message>
        <message>
            <location line="+2" />
            <source>read-only</source>
            <translation>只读</translation>
        </message>
        <message>
            <location line="+156" />
            <source>Move to Beat</source>
            <translation>移到段落</translation>
        </message>
    </context>
    <context>
        <name>ShotRow</name>
        <message>
            <location filename="../../studio/ui/views/write_rows.py" line="+99" />
            <source> s</source>
            <extracomment>Shot fields edited in place on a card, in order. Rows built together when a part of a card scrolls into view. A row's height before any row was measured (two one-line fields); replaced by the first measured row.</extracomment>
            <translation> 秒</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+141" />
            <source>Duration of the shot</source>
            <translation>镜头时长</translation>
        </message>
        <message>
            <location line="-138" />
            <source>Captions (on-screen text)</source>
            <translation>字幕（花字）</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Remove shot %1</source>
            <extracomment>The fields' editors, made when first used (see :class:`LazyEditors`).</extracomment>
            <translation>删除镜头 %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>VO</source>
            <translation>口播</translation>
        </message>
        <message>
            <location line="+99" />
            <source>The voice-over needs about %1 s to say; the shot lasts %2 s</source>
            <translation>这段口播约需 %1 秒才能说完，镜头只有 %2 秒</translation>
        </message>
    </context>
    <context>
        <name>ShotTableModel</name>
        <message>
            <location filename="../../studio/ui/views/shotlist_model.py" line="+103" />
            <source>No.</source>
            <extracomment>Columns in order: (key, header source text). Keys that are Shot fields are editable. The camera department's columns, hidden until shown from the column menu (most scripts leave them empty). Role carrying the Shot object of a row. Role carrying the Beat of a row (for filtering).</extracomment>
            <translation>镜号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Frame</source>
            <translation>画面</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location line="+5" />
            <source>On-screen text</source>
            <translation>字幕/花字</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Music / effects</source>
            <translation>音乐/音效</translation>
        </message>
        <message>
            <location line="+170" />
            <source>Edit {0}</source>
            <translation>编辑{0}</translation>
        </message>
    </context>
    <context>
        <name>SnapshotsDialog</name>
        <message>
            <location filename="../../studio/ui/dialogs/snapshots.py" line="+51" />
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Taken</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Select a snapshot and press Compare to see what changed.</source>
            <translation>选择一个快照并点击“与当前比较”查看改动。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Take Snapshot…</source>
            <translation>创建快照…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compare with Now</source>
            <translation>与当前比较</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore…</source>
            <translation>恢复…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Versions saved inside this project file:</source>
            <translation>保存在此项目文件中的版本：</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Take Snapshot</source>
            <translation>创建快照</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name of this version:</source>
            <translation>此版本的名称：</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No differences between “{name}” and now.</source>
            <translation>“{name}”与当前没有差别。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From “{name}” to now:</source>
            <translation>从“{name}”到现在：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Shots removed</source>
            <translation>删除的镜头</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shots changed</source>
            <translation>修改的镜头</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Variants added</source>
            <translation>新增版本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Variants removed</source>
            <translation>删除的版本</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Length of {variant}: {old} → {new}</source>
            <translation>{variant} 的时长：{old} → {new}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Restore Snapshot</source>
            <translation>恢复快照</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore “{name}”? The current state is saved as a snapshot first, so nothing is lost.</source>
            <translation>恢复“{name}”？当前状态会先保存为快照，不会丢失任何内容。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Restore “{name}”</source>
            <translation>恢复“{name}”</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Restored “{name}”. The state before it was kept as snapshot {number}.</source>
            <translation>已恢复“{name}”。恢复前的状态已保存为快照 {number}。</translation>
        </message>
    </context>
    <context>
        <name>StoryboardView</name>
        <message>
            <location filename="../../studio/ui/views/storyboard.py" line="+29" />
            <source>This variant</source>
            <translation>当前版本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All shots (shoot list)</source>
            <translation>全部镜头（拍摄清单）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the current variant's cut, or every shot of every alternative</source>
            <translation>显示当前版本的成片，或所有方案的全部镜头</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Covered area</source>
            <translation>遮挡区域</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shade the parts of the frame the platform's buttons and captions cover</source>
            <translation>用阴影标出画面中被平台按钮和文字遮挡的部分</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Auto</source>
            <translation>自动</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 a row</source>
            <translation>每行 %1 张</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cards per row: as many as fit, or a number that fills the width</source>
            <translation>每行卡片数：放得下多少就放多少，或选定张数铺满宽度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cards per row</source>
            <translation>每行卡片数</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Crop box…</source>
            <translation>裁切框…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The selected shots' crop, kept in every frame format: fit shows the picture whole, with bands; fill covers the frame and crops the picture's edges; a crop box shows the part you choose</source>
            <translation>所选镜头的裁切，在任何画幅下都保留：适应显示整张画面（留边）；填充铺满画框、裁去画面边缘；裁切框显示你选定的部分</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Crop of the selected shots</source>
            <translation>所选镜头的裁切</translation>
        </message>
        <message>
            <location line="+27" />
            <location line="+307" />
            <source>Paste image</source>
            <translation>粘贴图片</translation>
        </message>
        <message>
            <location line="-216" />
            <source>This script has no shots yet. Write them in the Write tab, or paste a voice-over script there.</source>
            <translation>这个脚本还没有镜头。请在“写作”页中编写，或在那里粘贴口播稿。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No shots in this variant yet. Write them in the Write tab, or paste a voice-over script there.</source>
            <translation>这个版本还没有镜头。请在“写作”页中编写，或在那里粘贴口播稿。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 shots · %2 s</source>
            <translation>%1 个镜头 · %2 秒</translation>
        </message>
        <message>
            <location line="+71" />
            <source>This project is open read-only; frames cannot be changed.</source>
            <translation>此项目以只读方式打开，无法修改画面。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>“%1” is not an image Studio can use (%2). The frame was not changed.</source>
            <translation>“%1” 不是 Studio 能使用的图片（%2）。画面未修改。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unreadable</source>
            <translation>无法读取</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Set frame of %1</source>
            <translation>设置 %1 的画面</translation>
        </message>
        <message>
            <location line="+7" />
            <source>There is no image to use here.</source>
            <translation>这里没有可用的图片。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Select a card first, then paste an image onto it.</source>
            <translation>请先选择一张卡片，再把图片粘贴上去。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose a frame for %1</source>
            <translation>为 %1 选择画面</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff)</source>
            <translation>图片 (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Remove frame of %1</source>
            <translation>移除 %1 的画面</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Crop of %1: %2</source>
            <translation>%1 的裁切：%2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 shots</source>
            <translation>%1 个镜头</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 has no picture to crop: drop or paste one on its card first.</source>
            <translation>%1 没有可裁切的画面：请先把图片拖放或粘贴到它的卡片上。</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Choose image…</source>
            <translation>选择图片…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove frame</source>
            <translation>移除画面</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Adjust crop…</source>
            <translation>调整裁切…</translation>
        </message>
    </context>
    <context>
        <name>StructureGuide</name>
        <message>
            <location filename="../../studio/ui/dialogs/help.py" line="+31" />
            <source>How a Selling Video Is Built</source>
            <translation>带货视频的结构</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Hook</source>
            <translation>钩子</translation>
        </message>
        <message>
            <location line="+0" />
            <source>0–3 s</source>
            <translation>0–3 秒</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grab attention inside the first 3 seconds: a suspense line, a conflict, a striking product shot, a pain question, a price or a scene the viewer recognises.</source>
            <translation>在前 3 秒内抓住注意力：悬念、冲突、有冲击力的产品画面、痛点提问、价格刺激，或观众熟悉的场景。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>after the hook</source>
            <translation>钩子之后</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show one concrete pain on screen, e.g. night owls' dull skin.</source>
            <translation>在画面上呈现一个具体的痛点，例如“熬夜党皮肤暗沉”。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the middle</source>
            <translation>中段</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The product as the answer, demonstrated in a real scene.</source>
            <translation>把产品作为答案，在真实场景中演示。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>inside the middle</source>
            <translation>中段之内</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Before and after, a comparison, lab data or a real user.</source>
            <translation>使用前后、对比、实验数据或真实用户。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>last 5 s</source>
            <translation>最后 5 秒</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say exactly what to do: tap the link below for a coupon, comment 1 for the formula.</source>
            <translation>明确告诉观众做什么：“点击下方链接领券”“评论区扣1获取配方”。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Write each beat on its card in the Write tab; the gauge shows its time against the budget.</source>
            <translation>在“写作”页的卡片上逐段写作；进度条显示该段用时与时长预算的对比。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Try another way to play a beat with “+ Alternative”; a variant picks one alternative per beat.</source>
            <translation>用“+ 方案”为一个段落尝试另一种写法；每个版本为每个段落选一个方案。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Test one thing at a time: variants that differ in the hook only tell you which hook works.</source>
            <translation>一次只测一个变量：只在钩子上不同的版本，才能告诉你哪个钩子有效。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The timeline marks the 3-second hook line and the CTA window (the last 5 seconds).</source>
            <translation>时间线标出 3 秒钩子线和行动号召区间（最后 5 秒）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep captions and buttons inside the safe area: View ▸ Show the Covered Area.</source>
            <translation>字幕和按钮要放在安全区内：视图 ▸ 显示遮挡区域。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+K finds any action, shot, beat, variant or creator by typing.</source>
            <translation>按 Ctrl+K，输入文字即可找到任何操作、镜头、段落、版本或达人。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Five beats</source>
            <translation>五个段落</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In Studio</source>
            <translation>在 Studio 中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What it does</source>
            <translation>作用</translation>
        </message>
    </context>
    <context>
        <name>Teardown</name>
        <message>
            <location filename="../../studio/ui/dialogs/teardown.py" line="+54" />
            <source>Decoding and finding cuts</source>
            <translation>解码并查找剪辑点</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading captions and on-screen text</source>
            <translation>识别字幕与画面文字</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Listening for speech, music and beats</source>
            <translation>分析人声、音乐与节拍</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Guessing beats and rhythm</source>
            <translation>推断段落与节奏</translation>
        </message>
        <message>
            <location line="+73" />
            <location line="+26" />
            <source>Tear Down a Video</source>
            <translation>拆解视频</translation>
        </message>
        <message>
            <location line="-84" />
            <source>Tearing down {name}: {step}</source>
            <translation>正在拆解 {name}：{step}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Tear down a video</source>
            <translation>拆解视频</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The file is not there any more.</source>
            <translation>文件已不在原处。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This is not a video Studio can read. Try an MP4, MOV or WebM file.</source>
            <translation>这不是 Studio 能读取的视频。请换用 MP4、MOV 或 WebM 文件。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This file has sound but no picture; a teardown needs a video.</source>
            <translation>这个文件只有声音没有画面；拆解需要视频。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The video is longer than 30 minutes. Cut the part you want to study first.</source>
            <translation>视频超过 30 分钟。请先剪出要研究的部分。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No frame of this video could be decoded. Try another copy of it.</source>
            <translation>这个视频没有可解码的画面。请换一个副本再试。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The teardown stopped: %1</source>
            <translation>拆解中止：%1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Videos</source>
            <translation>视频</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Added the teardown “%1” as a reference script; Undo takes it back.</source>
            <translation>已将拆解「%1」作为参考脚本加入；撤销可收回。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No teardown in this project yet: use File › Tear Down a Hit Video… first.</source>
            <translation>项目中还没有拆解结果：请先使用 文件 › 拆解爆款视频…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
    </context>
    <context>
        <name>TeardownDialog</name>
        <message>
            <location line="+10" />
            <source>Teardown: %1</source>
            <translation>拆解：%1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Compare with:</source>
            <translation>对照：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Start a Script from This Structure</source>
            <translation>按此结构起稿</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copies the beats, shot lengths and sizes; never the reference's words or pictures.</source>
            <translation>复制段落、镜头时长与景别；绝不复制参考视频的文字或画面。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Reference at</source>
            <translation>参考起点</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reference words (not ours)</source>
            <translation>参考文字（非我方）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your length</source>
            <translation>我的时长</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Your words</source>
            <translation>我的文字</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Measure</source>
            <translation>指标</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reference</source>
            <translation>参考视频</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Your script</source>
            <translation>我的脚本</translation>
        </message>
        <message>
            <location line="+28" />
            <source>(untitled)</source>
            <translation>（未命名）</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Running time</source>
            <translation>总时长</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Average shot</source>
            <translation>平均镜头时长</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Longest shot</source>
            <translation>最长镜头</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cuts per second</source>
            <translation>每秒剪辑次数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caption characters per second</source>
            <translation>字幕每秒字数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hook length</source>
            <translation>钩子时长</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First product close-up at</source>
            <translation>首个产品特写</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cuts on the beat</source>
            <translation>卡点剪辑占比</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Music tempo (BPM)</source>
            <translation>音乐节拍（BPM）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cuts per second, 5 s by 5 s</source>
            <translation>每秒剪辑次数（每 5 秒）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hook devices</source>
            <translation>钩子手法</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Start a script from a structure</source>
            <translation>按结构起稿</translation>
        </message>
    </context>
    <context>
        <name>TimelineStrip</name>
        <message>
            <location filename="../../studio/ui/views/timeline_strip.py" line="+130" />
            <source>No shots in this variant yet</source>
            <extracomment>The row under the band that names the hook line and the CTA window. The scale while a paint is under way (see paintEvent), else None.</extracomment>
            <translation>此版本还没有镜头</translation>
        </message>
        <message>
            <location line="+79" />
            <source>%1s</source>
            <comment>ruler mark in whole seconds</comment>
            <translation>%1秒</translation>
        </message>
        <message>
            <location line="+45" />
            <source>%1 s hook</source>
            <comment>the timeline's hook line</comment>
            <translation>%1秒钩子</translation>
        </message>
        <message>
            <location line="+5" />
            <source>CTA: last %1 s</source>
            <comment>the timeline's call-to-action window</comment>
            <translation>行动号召：最后%1秒</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 %2 has no shots: this variant skips the beat</source>
            <translation>%1 %2 没有镜头：此版本跳过这一段</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Dashed line: the hook must land by %1 s. Shaded: the last %2 s, where the call to action belongs.</source>
            <translation>虚线：钩子必须在 %1 秒内出现。阴影：最后 %2 秒，行动号召应放在这里。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 · %2 %3 · %4–%5 s</source>
            <translation>%1 · %2 %3 · %4–%5 秒</translation>
        </message>
    </context>
    <context>
        <name>VariantDelegate</name>
        <message>
            <location filename="../../studio/ui/dialogs/report_rows.py" line="+47" />
            <source>(choose a variant)</source>
            <translation>（选择版本）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(leave this row out)</source>
            <translation>（跳过这一行）</translation>
        </message>
    </context>
    <context>
        <name>VariantsView</name>
        <message>
            <location filename="../../studio/ui/views/variants.py" line="+113" />
            <source>Remove variant</source>
            <extracomment>The least width of a variant's column in the matrix (past it the matrix scrolls sideways). The matrix's cell widgets, kept so a choice or a property updates in place without a rebuild.</extracomment>
            <translation>删除版本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected variant (the base variant always stays)</source>
            <translation>删除选中的版本（基础版本始终保留）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show in timeline and preview</source>
            <translation>在时间线和预览中显示</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Which alternative each variant plays, beat by beat</source>
            <translation>每个版本在各段落使用哪个方案</translation>
        </message>
        <message>
            <location line="+23" />
            <source>New variant</source>
            <translation>新建版本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compare two variants</source>
            <translation>比较两个版本</translation>
        </message>
        <message>
            <location line="+28" />
            <source>e.g. Price hook</source>
            <translation>例如：价格钩子</translation>
        </message>
        <message>
            <location line="+6" />
            <source>What should this variant do better, and why?</source>
            <translation>这个版本应该在哪方面表现更好？为什么？</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+167" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="-159" />
            <source>Alternatives</source>
            <translation>方案</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create variant</source>
            <translation>创建版本</translation>
        </message>
        <message>
            <location line="+16" />
            <source>against</source>
            <translation>对比</translation>
        </message>
        <message>
            <location line="+146" />
            <source>Post date</source>
            <translation>发布日期</translation>
        </message>
        <message>
            <location line="+38" />
            <location line="+175" />
            <source>(unnamed)</source>
            <translation>（未命名）</translation>
        </message>
        <message>
            <location line="-249" />
            <source>Differs from the base variant</source>
            <translation>与基础版本不同</translation>
        </message>
        <message>
            <location line="-254" />
            <source> (no shots)</source>
            <extracomment>Property rows shown under the beats, in order.</extracomment>
            <translation>（无镜头）</translation>
        </message>
        <message>
            <location line="+193" />
            <location line="+186" />
            <source>%1 s</source>
            <extracomment>Variant fields the matrix updates in place (a rebuild makes a widget per cell: slow with many variants).</extracomment>
            <translation>%1 秒</translation>
        </message>
        <message>
            <location line="+10" />
            <source>YYYY-MM-DD</source>
            <translation>年-月-日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The day this variant is to be posted (on the workspace calendar)</source>
            <translation>该版本的发布日期（显示在团队工作区的内容日历上）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>“%1” is not a day: write it as 2026-12-20 (or 2026/12/20, 2026年12月20日); nothing was changed</source>
            <translation>“%1”不是有效日期：请写成 2026-12-20（或 2026/12/20、2026年12月20日）；未做任何更改</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Same as project (%1)</source>
            <translation>跟随项目（%1）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The frame this variant is made in; every export of it follows</source>
            <translation>本版本使用的画幅；它的所有导出都随之改变</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Pick two different variants to compare.</source>
            <translation>请选择两个不同的版本进行比较。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>These variants play the same alternatives in every beat.</source>
            <translation>这两个版本在每个段落使用相同的方案。</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n beat(s) differ: %1</source>
            <translation>
                <numerusform>%n 个段落不同：%1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>An A/B test should change one thing at a time.</source>
            <translation>A/B 测试每次只应改变一个因素。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Choose %1 for %2</source>
            <translation>为 %2 选择 %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Edit variant</source>
            <translation>编辑版本</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Give the variant a name.</source>
            <translation>请为版本命名。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Create variant %1</source>
            <translation>创建版本 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created “%1”.</source>
            <translation>已创建“%1”。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Remove variant %1</source>
            <translation>删除版本 %1</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceWindow</name>
        <message>
            <location filename="../../studio/ui/workspace/window.py" line="+55" />
            <location line="+19" />
            <source>Workspace</source>
            <extracomment>Opens a project, then shows the hit's line there (None: just the project). The report's file once written ("" when it could not be).</extracomment>
            <translation>工作区</translation>
        </message>
        <message>
            <location line="-5" />
            <source>&amp;Projects</source>
            <translation>项目(&amp;P)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Search</source>
            <translation>搜索(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Calendar</source>
            <translation>日历(&amp;C)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Report</source>
            <translation>报告(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Library</source>
            <translation>素材库(&amp;L)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Add Folder…</source>
            <translation>添加文件夹(&amp;A)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Indexing…</source>
            <translation>正在索引…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Indexing %1 of %2 files…</source>
            <translation>正在索引第 %1 / %2 个文件…</translation>
        </message>
        <message>
            <location line="+31" />
            <source>no folder yet: Add Folder…</source>
            <translation>还没有文件夹：请添加文件夹…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 projects · %2</source>
            <translation>%1 个项目 · %2</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Indexing stopped: %1</source>
            <translation>索引已停止：%1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Add a Folder of Projects</source>
            <translation>添加项目文件夹</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Searching…</source>
            <translation>正在搜索…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Search failed: %1</source>
            <translation>搜索失败：%1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the Report</source>
            <translation>保存报告</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Could not save: %1</source>
            <translation>无法保存：%1</translation>
        </message>
    </context>
    <context>
        <name>WriteEdits</name>
        <message>
            <location filename="../../studio/ui/views/write_edits.py" line="+97" />
            <source>Move shots up</source>
            <extracomment>Edit items that work on the selected shots, and those that work on the current beat.</extracomment>
            <translation>上移镜头</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move shots down</source>
            <translation>下移镜头</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Move beat %1</source>
            <translation>移动段落 %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Remove beat %1</source>
            <translation>删除段落 %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Move Beat Up</source>
            <translation>上移段落</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move Beat Down</source>
            <translation>下移段落</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remove Beat</source>
            <translation>删除段落</translation>
        </message>
    </context>
    <context>
        <name>WriteLibrary</name>
        <message>
            <location filename="../../studio/ui/views/write_library.py" line="+71" />
            <source>Team library (best evidence first)</source>
            <translation>团队素材库（证据最充分的在前）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>From results (best evidence first)</source>
            <translation>来自投放结果（证据最强的在前）</translation>
        </message>
        <message>
            <location line="+17" />
            <source>No library lines in this language</source>
            <translation>素材库中没有该语言的文案</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Replace the voice-over of %1</source>
            <translation>替换 %1 的口播</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use as the first shot</source>
            <translation>用作第一个镜头</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The line becomes the voice-over of the shot you last worked on</source>
            <translation>这句话将成为你最近编辑的镜头的口播</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Insert as new alternative %1</source>
            <translation>插入为新方案 %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep the current lines and try this one as alternative %1 in an A/B test</source>
            <translation>保留现有台词，把这句作为方案 %1 参加 A/B 测试</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Insert library line</source>
            <translation>插入素材库文案</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Add alternative %1 to %2</source>
            <translation>为 %2 添加方案 %1</translation>
        </message>
    </context>
    <context>
        <name>WriteView</name>
        <message>
            <location filename="../../studio/ui/views/write.py" line="+69" />
            <source>Paste voice-over script…</source>
            <extracomment>Seconds a scroll step may spend building rows ahead of the screen (the rest wait for an idle turn). Milliseconds after a scroll step before rows ahead of the screen are built, a slice at a time: long enough for the step's own paint to go first, short enough that the gap before the next step of a steady wheel (17 ms at 60 a second) builds the rows it will bring on screen. Waiting for a pause in the scrolling (40 ms) left every row to the step that showed it. beat id -&gt; id of the alternative its card shows. Measured height of a shot row (None until the first row is laid out); unbuilt rows use it.</extracomment>
            <translation>粘贴口播稿…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paste a whole voice-over, preview how it splits into shots, then apply it</source>
            <translation>粘贴整段口播稿，预览如何拆分为镜头，然后应用</translation>
        </message>
        <message>
            <location line="+104" />
            <source>(unnamed)</source>
            <translation>（未命名）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Variant “%1”: %2 s in all</source>
            <translation>版本“%1”：共 %2 秒</translation>
        </message>
        <message>
            <location line="+192" />
            <source>Add alternative %1 to %2</source>
            <translation>为 %2 添加方案 %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Remove alternative %1</source>
            <translation>删除方案 %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit note</source>
            <translation>编辑备注</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add shot</source>
            <translation>添加镜头</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove shot %1</source>
            <translation>删除镜头 %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Edit voice-over</source>
            <translation>编辑口播</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit captions</source>
            <translation>编辑字幕</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Change duration</source>
            <translation>修改时长</translation>
        </message>
        <message numerus="yes">
            <location line="+75" />
            <source>Paste voice-over script (%n shot(s))</source>
            <translation>
                <numerusform>粘贴口播稿（%n 个镜头）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_Hover</name>
        <message>
            <location filename="../../studio/ui/views/text_marks.py" line="+157" />
            <source>Fix: %1</source>
            <extracomment>Underline colours by severity; tips are not underlined (they are advice about the whole script). (start, end, the text checked there, finding) for one field of one shot. Applies a finding's fix as one undo step (the guide panel's); None until the panel exists.</extracomment>
            <translation>修复：%1</translation>
        </message>
    </context>
</TS>
