<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <source>Filter headings</source>
        <translation>筛选标题</translation>
    </message>
    <message>
        <source>Headings</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>No headings yet. Lines starting with # become sections here.</source>
        <translation>还没有标题。以 # 开头的行会在这里列为章节。</translation>
    </message>
</context>
<context>
    <name>coinage::gui::DialogPrompts</name>
    <message>
        <source>Markdown posts (*.md *.markdown);;All files (*)</source>
        <translation>Markdown 文章 (*.md *.markdown);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>关闭前要保存对“%1”的更改吗？</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>如果不保存，你的更改将会丢失。</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Your text is still open and unchanged. Save it under another name?</source>
        <translation>你的文字仍然打开着，没有丢失。要另存为其他文件吗？</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save Post As</source>
        <translation>文章另存为</translation>
    </message>
    <message>
        <source>Open Posts</source>
        <translation>打开文章</translation>
    </message>
</context>
<context>
    <name>coinage::gui::Document</name>
    <message>
        <source>The post has no file name yet</source>
        <translation>这篇文章还没有文件名</translation>
    </message>
</context>
<context>
    <name>coinage::gui::EditorPane</name>
    <message>
        <source>Editor pane</source>
        <translation>编辑窗格</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1（尚未保存）</translation>
    </message>
</context>
<context>
    <name>coinage::gui::FileCommands</name>
    <message>
        <source>Could Not Open Post</source>
        <translation>无法打开文章</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Untitled %1</source>
        <translation>未命名 %1</translation>
    </message>
</context>
<context>
    <name>coinage::gui::MainWindow</name>
    <message>
        <source>Coinage</source>
        <translation>Coinage</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <source>sample-post.md</source>
        <translation>sample-post.md</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation>全部保存(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Split &amp;Left/Right</source>
        <translation>左右分屏(&amp;L)</translation>
    </message>
    <message>
        <source>Split &amp;Top/Bottom</source>
        <translation>上下分屏(&amp;T)</translation>
    </message>
    <message>
        <source>Close &amp;Split</source>
        <translation>关闭分屏(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next Split</source>
        <translation>下一个分屏(&amp;N)</translation>
    </message>
    <message>
        <source>Go to &amp;Outline</source>
        <translation>转到大纲(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About Coinage</source>
        <translation>关于 Coinage(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>%1[*] — Coinage</source>
        <translation>%1[*] — Coinage</translation>
    </message>
    <message>
        <source>About Coinage</source>
        <translation>关于 Coinage</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coinage %1&lt;/h3&gt;&lt;p&gt;A writing app for essayists who publish with Jekyll, in Chinese, English or both.&lt;/p&gt;&lt;p&gt;Posts are saved as Jekyll-ready Markdown with YAML front matter, byte for byte as you left them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coinage %1&lt;/h3&gt;&lt;p&gt;为用 Jekyll 发表文章的随笔作者打造的写作工具，中文、英文或双语皆可。&lt;/p&gt;&lt;p&gt;文章保存为可直接用于 Jekyll 的 Markdown 与 YAML 前言，每个字节都保持你离开时的样子。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>coinage::gui::MarkdownEditor</name>
    <message>
        <source>Post text</source>
        <translation>文章正文</translation>
    </message>
</context>
<context>
    <name>coinage::gui::OutlinePanel</name>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>(untitled section)</source>
        <translation>（无标题章节）</translation>
    </message>
</context>
<context>
    <name>coinage::gui::RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>coinage::gui::StatusIndicators</name>
    <message>
        <source>Caret position</source>
        <translation>光标位置</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Line endings</source>
        <translation>换行符</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n 字</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 CJK characters and %2 other words; %3 characters (%4 without spaces); %5 paragraphs. Front matter and Markdown syntax are not counted.</source>
        <translation>%1 个中日韩字符和 %2 个其他单词；共 %3 个字符（不含空格 %4 个）；%5 个段落。不计前言和 Markdown 语法。</translation>
    </message>
    <message>
        <source>%1 (mixed)</source>
        <translation>%1（混合）</translation>
    </message>
    <message>
        <source>%1 · BOM</source>
        <translation>%1 · BOM</translation>
    </message>
    <message>
        <source>Line endings and byte order mark of the file; both are kept when saving.</source>
        <translation>文件的换行符和字节顺序标记；保存时两者都会保持不变。</translation>
    </message>
</context>
<context>
    <name>coinage::gui::ThemeController</name>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Follow System Colors</source>
        <translation>跟随系统配色(&amp;F)</translation>
    </message>
</context>
</TS>
