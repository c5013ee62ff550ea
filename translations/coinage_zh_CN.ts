<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EditorPreferencesPage</name>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>字体(&amp;F)：</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>编辑器字体</translation>
    </message>
    <message>
        <source>The font of the post text in every editor</source>
        <translation>所有编辑器中文章正文的字体</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>字号(&amp;S)：</translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation>编辑器字号</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Editor theme</source>
        <translation>编辑器主题</translation>
    </message>
    <message>
        <source>The colours of the post text: following the system&apos;s light or dark colours, or a fixed theme</source>
        <translation>文章正文的配色：跟随系统的浅色或深色，或使用固定主题</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Autosave posts after</source>
        <translation>停止输入(&amp;A)</translation>
    </message>
    <message>
        <source>Saves posts that have a file after the writing rested for the given time</source>
        <translation>停止输入达到设定时间后，自动保存已有文件的文章</translation>
    </message>
    <message>
        <source>Autosave delay in seconds</source>
        <translation>自动保存等待秒数</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>without typing</source>
        <translation>后自动保存文章</translation>
    </message>
    <message>
        <source>Untitled posts are never saved automatically. A failed autosave is shown in the status bar.</source>
        <translation>未命名的文章从不自动保存。自动保存失败时会在状态栏中提示。</translation>
    </message>
    <message>
        <source>&amp;Keep the previous version as FILE~ when saving</source>
        <translation>保存时将上一版本保留为 FILE~(&amp;K)</translation>
    </message>
    <message>
        <source>Before each save the file on disk is copied to the same name with a tilde</source>
        <translation>每次保存前，把磁盘上的文件复制为同名加波浪号的备份</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Jekyll Site</source>
        <translation>导出到 Jekyll 站点</translation>
    </message>
    <message>
        <source>&amp;Site folder:</source>
        <translation>站点文件夹(&amp;S)：</translation>
    </message>
    <message>
        <source>Site folder</source>
        <translation>站点文件夹</translation>
    </message>
    <message>
        <source>A folder with a _config.yml</source>
        <translation>含 _config.yml 的文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Export as:</source>
        <translation>导出为：</translation>
    </message>
    <message>
        <source>&amp;Post (in _posts, dated)</source>
        <translation>文章(&amp;P)（放入 _posts，带日期）</translation>
    </message>
    <message>
        <source>&amp;Draft (in _drafts)</source>
        <translation>草稿(&amp;D)（放入 _drafts）</translation>
    </message>
    <message>
        <source>Footnotes:</source>
        <translation>脚注：</translation>
    </message>
    <message>
        <source>&amp;Convert [1]-style references and ^[inline] notes to kramdown footnotes</source>
        <translation>把 [1] 式引用和 ^[行内] 注释转换为 kramdown 脚注(&amp;C)</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Target file</source>
        <translation>目标文件</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>Show in Site &amp;Panel</source>
        <translation>在站点面板中显示(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find and replace</source>
        <translation>查找和替换</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配项 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配项 (F3)</translation>
    </message>
    <message>
        <source>Re&amp;gex</source>
        <translation>正则表达式(&amp;G)</translation>
    </message>
    <message>
        <source>Regular expression (PCRE); in the replacement \1 or $1 inserts a group</source>
        <translation>正则表达式（PCRE）；在替换文本中用 \1 或 $1 插入分组</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>全字匹配(&amp;W)</translation>
    </message>
    <message>
        <source>In &amp;selection</source>
        <translation>在选区中(&amp;S)</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>关闭 (Escape)</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>关闭查找栏</translation>
    </message>
</context>
<context>
    <name>FootnotePanel</name>
    <message>
        <source>Footnotes</source>
        <translation>脚注</translation>
    </message>
    <message>
        <source>Filter footnotes</source>
        <translation>筛选脚注</translation>
    </message>
    <message>
        <source>No footnotes yet. Press Ctrl+Alt+F to add one at the caret, or convert a [1] References list.</source>
        <translation>还没有脚注。按 Ctrl+Alt+F 在光标处添加一个，或转换 [1] 式的参考文献列表。</translation>
    </message>
    <message>
        <source>Click: reference · Double-click: definition · F2: edit text</source>
        <translation>单击：跳到引用 · 双击：跳到定义 · F2：编辑文字</translation>
    </message>
</context>
<context>
    <name>FootnotePreferencesPage</name>
    <message>
        <source>Marker next to closing punctuation</source>
        <translation>脚注标记与句末标点</translation>
    </message>
    <message>
        <source>Where Insert Footnote puts a new marker when the caret is next to a full stop, comma or closing bracket. The language is the post&apos;s lang, else the script around the caret.</source>
        <translation>光标紧挨句号、逗号或右括号时，“插入脚注”把新标记放在哪里。语言取自文章的 lang，否则看光标附近的文字。</translation>
    </message>
    <message>
        <source>&amp;Chinese:</source>
        <translation>中文(&amp;C)：</translation>
    </message>
    <message>
        <source>Footnote marker placement in Chinese</source>
        <translation>中文脚注标记的位置</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>英文(&amp;E)：</translation>
    </message>
    <message>
        <source>Footnote marker placement in English</source>
        <translation>英文脚注标记的位置</translation>
    </message>
</context>
<context>
    <name>FrontMatterPanel</name>
    <message>
        <source>Front matter</source>
        <translation>前置元数据</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>yyyy-MM-dd HH:mm:ss</translation>
    </message>
    <message>
        <source>UTC offset</source>
        <translation>UTC 偏移</translation>
    </message>
    <message>
        <source>+hhmm</source>
        <translation>+hhmm</translation>
    </message>
    <message>
        <source>The UTC offset, for example +0800</source>
        <translation>UTC 偏移，例如 +0800</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>布局(&amp;L)</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>De&amp;scription</source>
        <translation>描述(&amp;S)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>标签(&amp;G)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>space- or comma-separated</source>
        <translation>用空格或逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>分类(&amp;C)</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>Address and language</source>
        <translation>网址与语言</translation>
    </message>
    <message>
        <source>Per&amp;malink</source>
        <translation>永久链接(&amp;M)</translation>
    </message>
    <message>
        <source>Permalink</source>
        <translation>永久链接</translation>
    </message>
    <message>
        <source>/:year/:title/</source>
        <translation>/:year/:title/</translation>
    </message>
    <message>
        <source>Slu&amp;g</source>
        <translation>别名(&amp;G)</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>from the file name</source>
        <translation>取自文件名</translation>
    </message>
    <message>
        <source>E&amp;xcerpt separator</source>
        <translation>摘要分隔符(&amp;X)</translation>
    </message>
    <message>
        <source>Excerpt separator</source>
        <translation>摘要分隔符</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>en, zh-CN</source>
        <translation>en、zh-CN</translation>
    </message>
    <message>
        <source>&amp;Ref</source>
        <translation>关联键(&amp;R)</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>关联键</translation>
    </message>
    <message>
        <source>links translations</source>
        <translation>关联各语言版本</translation>
    </message>
    <message>
        <source>Theme (al-folio)</source>
        <translation>主题（al-folio）</translation>
    </message>
    <message>
        <source>Disqus comments</source>
        <translation>Disqus 评论</translation>
    </message>
    <message>
        <source>Giscus comments</source>
        <translation>Giscus 评论</translation>
    </message>
    <message>
        <source>Related posts</source>
        <translation>相关文章</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Featured</source>
        <translation>精选</translation>
    </message>
    <message>
        <source>T&amp;humbnail</source>
        <translation>缩略图(&amp;H)</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <source>assets/img/…</source>
        <translation>assets/img/…</translation>
    </message>
    <message>
        <source>Other keys</source>
        <translation>其他字段</translation>
    </message>
    <message>
        <source>No other keys.</source>
        <translation>没有其他字段。</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>新字段名</translation>
    </message>
    <message>
        <source>key</source>
        <translation>字段名</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新字段值</translation>
    </message>
    <message>
        <source>YAML value</source>
        <translation>YAML 值</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Front matter fields</source>
        <translation>前置元数据字段</translation>
    </message>
</context>
<context>
    <name>LanguagePreferencesPage</name>
    <message>
        <source>User interface</source>
        <translation>用户界面</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The language of menus, panels and help. It takes effect when Coinage restarts. Posts are never translated.</source>
        <translation>菜单、面板和帮助使用的语言，重新启动 Coinage 后生效。文章内容不会被翻译。</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>立即重启(&amp;R)</translation>
    </message>
    <message>
        <source>Saves this setting and restarts Coinage, asking about unsaved posts first</source>
        <translation>保存此设置并重新启动 Coinage，之前会先询问未保存的文章</translation>
    </message>
</context>
<context>
    <name>ModelSettingsPage</name>
    <message>
        <source>Language Model</source>
        <translation>语言模型</translation>
    </message>
    <message>
        <source>&amp;Use a language model for the voices</source>
        <translation>为口吻使用语言模型(&amp;U)</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server: a llama.cpp server, Ollama, or a hosted API. Each voice card shows its offline line first and the model&apos;s line when it arrives. When this is off, or the model fails, the offline templates answer alone.</source>
        <translation>任何兼容 OpenAI 的服务器：llama.cpp 服务器、Ollama 或托管 API。每张口吻卡片先显示离线仿写，模型的句子到达后再替换。关闭此项或模型出错时，只用离线模板。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础网址(&amp;B)：</translation>
    </message>
    <message>
        <source>The server&apos;s OpenAI-compatible API, ending in /v1 (llama.cpp: http://127.0.0.1:8080/v1, Ollama: http://127.0.0.1:11434/v1)</source>
        <translation>服务器兼容 OpenAI 的 API 地址，以 /v1 结尾（llama.cpp：http://127.0.0.1:8080/v1，Ollama：http://127.0.0.1:11434/v1）</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>The model&apos;s name as the server lists it</source>
        <translation>服务器列出的模型名称</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>List the server&apos;s models (GET /models)</source>
        <translation>列出服务器上的模型（GET /models）</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>None (local servers need none)</source>
        <translation>无（本地服务器不需要）</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>显示或隐藏密钥</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>温度(&amp;T)：</translation>
    </message>
    <message>
        <source>Higher is bolder, lower is steadier (a voice may set its own)</source>
        <translation>越高越大胆，越低越稳重（口吻可自设）</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens:</source>
        <translation>最大词元数(&amp;X)：</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>测试连接(&amp;C)</translation>
    </message>
    <message>
        <source>Other machines allowed to receive your text</source>
        <translation>允许接收你文字的其他机器</translation>
    </message>
    <message>
        <source>A server on this computer (localhost, 127.0.0.1, ::1) needs no permission. Before the first request to any other host, Coinage asks you.</source>
        <translation>本机上的服务器（localhost、127.0.0.1、::1）无需许可。向其他主机发出第一个请求之前，Coinage 会先征求你的同意。</translation>
    </message>
    <message>
        <source>Hosts allowed</source>
        <translation>已允许的主机</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source>Stop sending text to the selected host (you will be asked again)</source>
        <translation>不再向所选主机发送文字（下次会重新询问）</translation>
    </message>
</context>
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
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>首选项页面</translation>
    </message>
</context>
<context>
    <name>PreviewFocusPreferencesPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;Load remote images (http and https) in every post</source>
        <translation>在所有文章中加载远程图片（http 和 https）(&amp;L)</translation>
    </message>
    <message>
        <source>When off, the preview fetches nothing from the network; a bar over a post with remote images offers to load them for that post</source>
        <translation>关闭时，预览不会从网络获取任何内容；含有远程图片的文章上方会出现提示栏，可以只为这篇文章加载</translation>
    </message>
    <message>
        <source>Images are fetched without cookies, up to 8 MB each; scripts and other remote content are never loaded.</source>
        <translation>获取图片时不带 Cookie，每张最多 8 MB；脚本和其他远程内容一律不加载。</translation>
    </message>
    <message>
        <source>Focus mode</source>
        <translation>专注模式</translation>
    </message>
    <message>
        <source>&amp;Keep undimmed:</source>
        <translation>保持清晰(&amp;K)：</translation>
    </message>
    <message>
        <source>Focus mode unit</source>
        <translation>专注模式的范围</translation>
    </message>
    <message>
        <source>What focus mode (Ctrl+Alt+M) leaves undimmed around the caret</source>
        <translation>专注模式（Ctrl+Alt+M）在光标周围保持清晰的范围</translation>
    </message>
    <message>
        <source>The current paragraph</source>
        <translation>当前段落</translation>
    </message>
    <message>
        <source>The current sentence</source>
        <translation>当前句子</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Text</source>
        <translation>恢复未保存的文字</translation>
    </message>
    <message>
        <source>Coinage did not close normally last time. These posts had text that was not saved. Restore them to keep working, discard what you no longer need, or decide later.</source>
        <translation>Coinage 上次没有正常关闭，以下文章有尚未保存的文字。可以恢复它们继续写作，丢弃不再需要的内容，或稍后再决定。</translation>
    </message>
    <message>
        <source>Unsaved posts</source>
        <translation>未保存的文章</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Last typed</source>
        <translation>最后输入时间</translation>
    </message>
    <message>
        <source>Against the file on disk</source>
        <translation>与磁盘上的文件相比</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Keep the unsaved text for the next start</source>
        <translation>保留未保存的文字，下次启动时再处理</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>Throw away the unsaved text of the selected posts</source>
        <translation>丢弃所选文章中未保存的文字</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Open the selected posts with their unsaved text</source>
        <translation>打开所选文章及其未保存的文字</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Filter by command or key</source>
        <translation>按命令或按键筛选</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>筛选快捷键</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>No shortcut matches the filter.</source>
        <translation>没有符合筛选条件的快捷键。</translation>
    </message>
</context>
<context>
    <name>SitePanel</name>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>No site open. File &gt; Open Site… opens a folder with a _config.yml.</source>
        <translation>尚未打开站点。“文件 &gt; 打开站点…”可打开含有 _config.yml 的文件夹。</translation>
    </message>
    <message>
        <source>Search posts</source>
        <translation>搜索文章</translation>
    </message>
    <message>
        <source>Search titles and file names</source>
        <translation>搜索标题和文件名</translation>
    </message>
    <message>
        <source>Show posts in state</source>
        <translation>按状态显示文章</translation>
    </message>
    <message>
        <source>Posts and drafts</source>
        <translation>文章和草稿</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Another site</source>
        <translation>另一个站点</translation>
    </message>
    <message>
        <source>S&amp;witch</source>
        <translation>切换(&amp;W)</translation>
    </message>
    <message>
        <source>Show this post&apos;s site in the Site panel</source>
        <translation>在站点面板中显示这篇文章所在的站点</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Keep the current site; do not ask again for this site until the next start</source>
        <translation>保留当前站点；下次启动前不再为该站点询问</translation>
    </message>
</context>
<context>
    <name>SitePreferencesPage</name>
    <message>
        <source>Default site</source>
        <translation>默认站点</translation>
    </message>
    <message>
        <source>The Jekyll site (a folder with a _config.yml) opened in the Site panel when Coinage starts. Opening another site with File &gt; Open Site also makes it the default.</source>
        <translation>Coinage 启动时在站点面板中打开的 Jekyll 站点（含有 _config.yml 的文件夹）。用“文件 &gt; 打开站点”打开其他站点时，它也会成为默认站点。</translation>
    </message>
    <message>
        <source>Default site folder</source>
        <translation>默认站点文件夹</translation>
    </message>
    <message>
        <source>No site: the Site panel starts empty</source>
        <translation>无站点：站点面板启动时为空</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the site&apos;s folder</source>
        <translation>选择站点所在的文件夹</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>No default site</source>
        <translation>不设默认站点</translation>
    </message>
</context>
<context>
    <name>VoiceBlockEditor</name>
    <message>
        <source>&amp;Attribution formulas, one per line:</source>
        <translation>归属语，每行一个(&amp;A)：</translation>
    </message>
    <message>
        <source>Attribution formulas</source>
        <translation>归属语</translation>
    </message>
    <message>
        <source>&amp;Templates (slots such as {topic}, {claim}, {sentence}{end}, {@list}):</source>
        <translation>模板（槽位如 {topic}、{claim}、{sentence}{end}、{@list}）(&amp;T)：</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Only for</source>
        <translation>仅用于</translation>
    </message>
    <message>
        <source>Add Template</source>
        <translation>添加模板</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>&amp;Lexicon: word lists that {@list} picks from (words separated by &quot; | &quot;):</source>
        <translation>词表：{@list} 从中挑选的词语列表（词语以“ | ”分隔）(&amp;L)：</translation>
    </message>
    <message>
        <source>Lexicon</source>
        <translation>词表</translation>
    </message>
    <message>
        <source>List</source>
        <translation>词表</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>Add List</source>
        <translation>添加词表</translation>
    </message>
    <message>
        <source>&amp;Signature phrases, one per line (lines using them rank higher):</source>
        <translation>标志性短语，每行一个（含有它们的仿写排名更高）(&amp;S)：</translation>
    </message>
    <message>
        <source>Signature phrases</source>
        <translation>标志性短语</translation>
    </message>
    <message>
        <source>E&amp;xamples for a model (the output starts with an attribution):</source>
        <translation>供模型参考的示例（输出以归属语开头）(&amp;X)：</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Add Example</source>
        <translation>添加示例</translation>
    </message>
</context>
<context>
    <name>VoiceEditorDialog</name>
    <message>
        <source>Voice</source>
        <translation>口吻</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id：</translation>
    </message>
    <message>
        <source>lowercase letters, digits and -</source>
        <translation>小写字母、数字和 -</translation>
    </message>
    <message>
        <source>Used by coinage voices --voice ID and as the file name</source>
        <translation>用于 coinage voices --voice ID，也用作文件名</translation>
    </message>
    <message>
        <source>Name (中文):</source>
        <translation>名称（中文）：</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>名称（English）：</translation>
    </message>
    <message>
        <source>Description (中文):</source>
        <translation>描述（中文）：</translation>
    </message>
    <message>
        <source>The persona given to a model, when one is set up</source>
        <translation>设置模型后提供给模型的人设</translation>
    </message>
    <message>
        <source>Description (English):</source>
        <translation>描述（English）：</translation>
    </message>
    <message>
        <source>Learn from Samples</source>
        <translation>从样本学习</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;Sentence (from the caret in the post):</source>
        <translation>句子（取自文章中光标处）(&amp;S)：</translation>
    </message>
    <message>
        <source>Preview sentence</source>
        <translation>预览句子</translation>
    </message>
    <message>
        <source>Chinese line</source>
        <translation>中文仿写</translation>
    </message>
    <message>
        <source>English line</source>
        <translation>英文仿写</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>VoiceLearnPage</name>
    <message>
        <source>Add texts written in the voice (files or pasted). Analyse compares them with a background of ordinary Chinese and English and proposes the words and phrases that set them apart. Samples stay in memory on this computer: they are never saved or sent anywhere.</source>
        <translation>添加以这种口吻写成的文本（文件或粘贴）。“分析”会将其与普通中英文背景语料比较，提出使其与众不同的词语和短语。样本只保存在本机内存中：从不保存到磁盘，也不发送到任何地方。</translation>
    </message>
    <message>
        <source>&amp;Samples:</source>
        <translation>样本(&amp;S)：</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Open Files…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>&amp;Paste a sample:</source>
        <translation>粘贴样本(&amp;P)：</translation>
    </message>
    <message>
        <source>Pasted sample</source>
        <translation>粘贴的样本</translation>
    </message>
    <message>
        <source>Add as Sample</source>
        <translation>添加为样本</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Word or phrase</source>
        <translation>词语或短语</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>In samples</source>
        <translation>样本中</translation>
    </message>
    <message>
        <source>In background</source>
        <translation>背景中</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Words go to the lexicon &amp;list:</source>
        <translation>词语加入词表(&amp;L)：</translation>
    </message>
    <message>
        <source>Add &amp;Selected</source>
        <translation>添加所选(&amp;S)</translation>
    </message>
</context>
<context>
    <name>VoicesPanel</name>
    <message>
        <source>Voices</source>
        <translation>口吻</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>What the voices rewrite</source>
        <translation>要用各家口吻改写的内容</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>选区</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of the lines</source>
        <translation>改写结果的语言</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>中文</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>双语</translation>
    </message>
    <message>
        <source>Show a hidden voice again</source>
        <translation>重新显示隐藏的口吻</translation>
    </message>
    <message>
        <source>Symposium</source>
        <translation>会饮</translation>
    </message>
    <message>
        <source>Insert every shown voice below the paragraph, one paragraph each</source>
        <translation>在段落下方插入每个显示中的口吻，各占一段</translation>
    </message>
    <message>
        <source>Voice cards</source>
        <translation>口吻卡片</translation>
    </message>
    <message>
        <source>Model status</source>
        <translation>模型状态</translation>
    </message>
    <message>
        <source>Voice controls</source>
        <translation>口吻控制</translation>
    </message>
    <message>
        <source>A menu of the voices you hid; choose one to show its card again</source>
        <translation>你隐藏的口吻列表；选择一个即可重新显示它的卡片</translation>
    </message>
    <message>
        <source>Inserts every shown voice below the paragraph, one paragraph each</source>
        <translation>在段落下方插入所有显示的口吻，每个一段</translation>
    </message>
</context>
<context>
    <name>VoicesPreferencesPage</name>
    <message>
        <source>Checked voices are shown in the Voices panel, in this order. Drag a voice or use the buttons to move it.</source>
        <translation>勾选的口吻按此顺序显示在口吻面板中。拖动口吻或使用按钮调整顺序。</translation>
    </message>
    <message>
        <source>Voices shown in the panel</source>
        <translation>面板中显示的口吻</translation>
    </message>
    <message>
        <source>Check a voice to show it; the order is the panel&apos;s order</source>
        <translation>勾选即显示该口吻；列表顺序即面板中的顺序</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Moves the selected voice one place up</source>
        <translation>把所选口吻上移一位</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Moves the selected voice one place down</source>
        <translation>把所选口吻下移一位</translation>
    </message>
</context>
<context>
    <name>coinage::AlignmentSidecar</name>
    <message>
        <source>cannot read the alignment file %1: %2</source>
        <translation>无法读取对齐文件 %1：%2</translation>
    </message>
    <message>
        <source>the alignment file %1 is damaged (%2); starting from an automatic alignment</source>
        <translation>对齐文件 %1 已损坏（%2）；改为从自动对齐开始</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>not a Coinage alignment file of version 1</source>
        <translation>不是第 1 版的 Coinage 对齐文件</translation>
    </message>
    <message>
        <source>a pin is not an object</source>
        <translation>某个固定项不是对象</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>未知状态“%1”</translation>
    </message>
</context>
<context>
    <name>coinage::AtomicWrite</name>
    <message>
        <source>cannot save %1: the folder %2 no longer exists</source>
        <translation>无法保存 %1：文件夹 %2 已不存在</translation>
    </message>
    <message>
        <source>cannot save %1: the file is read-only</source>
        <translation>无法保存 %1：文件是只读的</translation>
    </message>
    <message>
        <source>cannot save %1: the folder %2 is not writable</source>
        <translation>无法保存 %1：文件夹 %2 不可写</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>cannot save %1: the disk is full</source>
        <translation>无法保存 %1：磁盘已满</translation>
    </message>
    <message>
        <source>cannot save %1: %2 is a file, not a folder</source>
        <translation>无法保存 %1：%2 是文件而不是文件夹</translation>
    </message>
    <message>
        <source>cannot read %1 to back it up: %2</source>
        <translation>无法读取 %1 以进行备份：%2</translation>
    </message>
</context>
<context>
    <name>coinage::ChatStream</name>
    <message>
        <source>could not connect to %1 within %2 ms</source>
        <translation>%2 毫秒内无法连接到 %1</translation>
    </message>
    <message>
        <source>the model did not answer within %1 ms</source>
        <translation>模型在 %1 毫秒内没有响应</translation>
    </message>
    <message>
        <source>the stream stalled for %1 ms</source>
        <translation>数据流停顿了 %1 毫秒</translation>
    </message>
    <message>
        <source>the model is still loading (503) after %1 attempts%2</source>
        <translation>尝试 %1 次后模型仍在加载（503）%2</translation>
    </message>
    <message>
        <source>the server answered %1: %2</source>
        <translation>服务器返回 %1：%2</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>网络错误：%1</translation>
    </message>
    <message>
        <source>the stream ended without an answer</source>
        <translation>数据流结束，但没有得到回答</translation>
    </message>
    <message>
        <source>the stream sent data that is not JSON: %1</source>
        <translation>数据流发来的内容不是 JSON：%1</translation>
    </message>
    <message>
        <source>the model reported an error: %1</source>
        <translation>模型报告了错误：%1</translation>
    </message>
</context>
<context>
    <name>coinage::Exporter</name>
    <message>
        <source>the front matter is never closed</source>
        <translation>前置元数据没有结束标记</translation>
    </message>
    <message>
        <source>YAML syntax error in the front matter: %1</source>
        <translation>前置元数据中有 YAML 语法错误：%1</translation>
    </message>
    <message>
        <source>the front matter must be a list of &quot;key: value&quot; lines</source>
        <translation>前置元数据必须由“键: 值”行组成</translation>
    </message>
    <message>
        <source>Jekyll cannot read the date &quot;%1&quot;</source>
        <translation>Jekyll 无法读取日期“%1”</translation>
    </message>
    <message>
        <source>the post would replace its own source %1</source>
        <translation>导出的文章会覆盖它自己的源文件 %1</translation>
    </message>
    <message>
        <source>%1 exists already; it is not overwritten without --force</source>
        <translation>%1 已存在；不加 --force 不会覆盖</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>无法为 %1 创建文件夹</translation>
    </message>
</context>
<context>
    <name>coinage::FootnoteEdits</name>
    <message>
        <source>the footnote cannot be placed there</source>
        <translation>脚注不能放在那里</translation>
    </message>
    <message>
        <source>a footnote can only be inserted in the body of the post</source>
        <translation>只能在文章正文中插入脚注</translation>
    </message>
    <message>
        <source>select text in the body of the post</source>
        <translation>请选中文章正文中的文字</translation>
    </message>
    <message>
        <source>select the text that should become the footnote</source>
        <translation>请选中要变成脚注的文字</translation>
    </message>
    <message>
        <source>there is no footnote [^%1]</source>
        <translation>没有脚注 [^%1]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label kramdown accepts: use ASCII letters, digits, _ and -</source>
        <translation>“%1”不是 kramdown 接受的标签：请使用 ASCII 字母、数字、_ 和 -</translation>
    </message>
    <message>
        <source>the label [^%1] is already used</source>
        <translation>标签 [^%1] 已被使用</translation>
    </message>
    <message>
        <source>the footnote [^%1] cannot be removed cleanly</source>
        <translation>无法干净地删除脚注 [^%1]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label kramdown accepts</source>
        <translation>“%1”不是 kramdown 接受的标签</translation>
    </message>
    <message>
        <source>the inline notes cannot be converted</source>
        <translation>无法转换行内注释</translation>
    </message>
    <message>
        <source>footnote [^%1] cannot become an inline note (it needs one reference in the body and a one-paragraph definition)</source>
        <translation>脚注 [^%1] 无法变成行内注释（正文中只能有一处引用，定义只能有一段）</translation>
    </message>
    <message>
        <source>the footnotes cannot be converted</source>
        <translation>无法转换脚注</translation>
    </message>
    <message>
        <source>the duplicate definitions cannot be merged</source>
        <translation>无法合并重复的定义</translation>
    </message>
</context>
<context>
    <name>coinage::FootnoteIndex</name>
    <message>
        <source>footnote [^%1] has no definition; Jekyll prints the marker as text</source>
        <translation>脚注 [^%1] 没有定义；Jekyll 会把标记原样显示为文字</translation>
    </message>
    <message>
        <source>footnote [^%1] is defined but never referenced; Jekyll drops it</source>
        <translation>脚注 [^%1] 有定义但从未被引用；Jekyll 会丢弃它</translation>
    </message>
    <message>
        <source>footnote [^%1] is defined again later; only the last definition is used</source>
        <translation>脚注 [^%1] 在后文被再次定义；只有最后一个定义生效</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a footnote label kramdown accepts (ASCII letters, digits, _ and -, not starting with -); Jekyll prints the marker as text</source>
        <translation>“%1”不是 kramdown 接受的脚注标签（ASCII 字母、数字、_ 和 -，且不以 - 开头）；Jekyll 会把标记原样显示为文字</translation>
    </message>
    <message>
        <source>the definition of footnote [^%1] follows a paragraph line without a blank line; Jekyll prints it as text</source>
        <translation>脚注 [^%1] 的定义紧跟在段落之后，中间没有空行；Jekyll 会把它显示为普通文字</translation>
    </message>
    <message>
        <source>the definition of footnote [^%1] follows the indented text of another note without a blank line; Jekyll prints it as text inside that note</source>
        <translation>脚注 [^%1] 的定义紧跟在另一条脚注的缩进文字之后，中间没有空行；Jekyll 会把它当作那条脚注里的普通文字</translation>
    </message>
    <message>
        <source>footnote [^%1] has an empty definition</source>
        <translation>脚注 [^%1] 的定义是空的</translation>
    </message>
</context>
<context>
    <name>coinage::FootnoteReorder</name>
    <message>
        <source>the footnotes cannot be reordered</source>
        <translation>无法重新排列脚注</translation>
    </message>
    <message>
        <source>the definitions cannot be gathered there</source>
        <translation>无法把定义集中到那里</translation>
    </message>
    <message numerus="yes">
        <source>there are %n footnotes referenced in the text</source>
        <translation>
            <numerusform>正文中引用了 %n 个脚注</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no heading on line %1</source>
        <translation>第 %1 行没有标题</translation>
    </message>
    <message>
        <source>name the heading to gather the footnote definitions under</source>
        <translation>请指定要把脚注定义汇集到其下的标题</translation>
    </message>
    <message>
        <source>there is no heading &quot;%1&quot; in the post</source>
        <translation>文章中没有标题“%1”</translation>
    </message>
</context>
<context>
    <name>coinage::FrontMatterEditor</name>
    <message>
        <source>the front matter is never closed with a line &quot;---&quot;</source>
        <translation>前置元数据没有以“---”行结束</translation>
    </message>
    <message>
        <source>the front matter has a YAML syntax error on line %1: %2</source>
        <translation>前置元数据第 %1 行有 YAML 语法错误：%2</translation>
    </message>
    <message>
        <source>the front matter is not a list of &quot;key: value&quot; lines</source>
        <translation>前置元数据不是由“键: 值”行组成的</translation>
    </message>
    <message>
        <source>the value is not valid YAML: %1</source>
        <translation>该值不是有效的 YAML：%1</translation>
    </message>
    <message>
        <source>the value is not valid YAML for the key &quot;%1&quot;</source>
        <translation>该值不是字段“%1”的有效 YAML</translation>
    </message>
</context>
<context>
    <name>coinage::JekyllLint</name>
    <message>
        <source>Jekyll&apos;s YAML loader reads %1 as a Ruby symbol, not as text; quote it: &quot;%1&quot;</source>
        <translation>Jekyll 的 YAML 解析器会把 %1 读成 Ruby 符号而不是文字；请加引号：&quot;%1&quot;</translation>
    </message>
    <message>
        <source>Quote the value</source>
        <translation>给值加引号</translation>
    </message>
    <message>
        <source>Jekyll&apos;s safe YAML loader rejects the tag %1: the post will not build</source>
        <translation>Jekyll 的安全 YAML 解析器拒绝标签 %1：文章将无法构建</translation>
    </message>
    <message>
        <source>Jekyll cannot read the date &quot;%1&quot;; write it as YYYY-MM-DD HH:MM:SS +hhmm</source>
        <translation>Jekyll 无法读取日期“%1”；请写成 YYYY-MM-DD HH:MM:SS +hhmm</translation>
    </message>
    <message>
        <source>the date has no UTC offset: YAML reads a date with seconds as UTC, so Jekyll dates the post %1 in the site&apos;s time zone; write %2</source>
        <translation>日期没有 UTC 偏移：YAML 会把带秒的日期当作 UTC，于是 Jekyll 在站点时区里把文章日期算成 %1；请写成 %2</translation>
    </message>
    <message>
        <source>the date has no UTC offset: Jekyll reads it in the time zone of the machine or the site&apos;s `timezone:`; write %1</source>
        <translation>日期没有 UTC 偏移：Jekyll 会按构建机器的时区或站点的 `timezone:` 解读它；请写成 %1</translation>
    </message>
    <message>
        <source>Add the offset %1</source>
        <translation>加上偏移 %1</translation>
    </message>
    <message>
        <source>the post has no title; Jekyll makes one from the file name</source>
        <translation>文章没有标题；Jekyll 会用文件名生成一个</translation>
    </message>
    <message>
        <source>YAML reads %1 as a %2, not as text; quote it: &quot;%1&quot;</source>
        <translation>YAML 会把 %1 读成%2而不是文字；请加引号：&quot;%1&quot;</translation>
    </message>
    <message>
        <source>the slug &quot;%1&quot; has characters that do not belong in a URL; try &quot;%2&quot;</source>
        <translation>别名“%1”含有不宜出现在网址中的字符；试试“%2”</translation>
    </message>
    <message>
        <source>Use &quot;%1&quot;</source>
        <translation>改用“%1”</translation>
    </message>
    <message>
        <source>the post has no front matter: Jekyll copies it as a plain file instead of publishing it</source>
        <translation>文章没有前置元数据：Jekyll 会把它当作普通文件复制，而不会发布</translation>
    </message>
    <message>
        <source>the file name&apos;s slug &quot;%1&quot; has characters that do not belong in a URL; try &quot;%2&quot;</source>
        <translation>文件名中的别名“%1”含有不宜出现在网址中的字符；试试“%2”</translation>
    </message>
    <message>
        <source>a post&apos;s file name must start with its date (YYYY-MM-DD-slug.md); Jekyll skips this file</source>
        <translation>文章的文件名必须以日期开头（YYYY-MM-DD-slug.md）；Jekyll 会跳过这个文件</translation>
    </message>
    <message>
        <source>the file name says %1, but Jekyll dates the post %2 in the site&apos;s time zone (the URL uses %2)</source>
        <translation>文件名写的是 %1，但 Jekyll 在站点时区里把文章日期算成 %2（网址用的是 %2）</translation>
    </message>
    <message>
        <source>Jekyll runs Liquid before Markdown, also inside code: &quot;%1&quot; here will be replaced or fail; wrap it in {% raw %}...{% endraw %} or set render_with_liquid: false</source>
        <translation>Jekyll 先处理 Liquid 再处理 Markdown，代码里也一样：这里的“%1”会被替换或导致出错；请用 {% raw %}...{% endraw %} 包起来，或设置 render_with_liquid: false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts Liquid in Jekyll and will not appear as written; set render_with_liquid: false in the front matter if the post has no Liquid</source>
        <translation>“%1”在 Jekyll 中会开始一段 Liquid，不会原样显示；如果文章不用 Liquid，请在前置元数据中设置 render_with_liquid: false</translation>
    </message>
    <message>
        <source>Set render_with_liquid: false</source>
        <translation>设置 render_with_liquid: false</translation>
    </message>
</context>
<context>
    <name>coinage::ModelClient</name>
    <message>
        <source>the server answered %1: %2</source>
        <translation>服务器返回 %1：%2</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>网络错误：%1</translation>
    </message>
    <message>
        <source>the model&apos;s line was not used: %1</source>
        <translation>模型给出的句子没有采用：%1</translation>
    </message>
</context>
<context>
    <name>coinage::ModelEndpoint</name>
    <message>
        <source>not a URL</source>
        <translation>不是网址</translation>
    </message>
    <message>
        <source>the URL must start with http:// or https://</source>
        <translation>网址必须以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <source>the URL has no host</source>
        <translation>网址中没有主机</translation>
    </message>
</context>
<context>
    <name>coinage::ParityChecker</name>
    <message>
        <source>the footnote definition [^%1] has no definition with the same label in the translation</source>
        <translation>脚注定义 [^%1] 在译文中没有同标签的定义</translation>
    </message>
    <message>
        <source>this block has no translation in %1</source>
        <translation>这一块在 %1 中没有译文</translation>
    </message>
    <message>
        <source>the footnote definition [^%1] has no definition with the same label in the source</source>
        <translation>脚注定义 [^%1] 在原文中没有同标签的定义</translation>
    </message>
    <message>
        <source>this block has no counterpart in %1</source>
        <translation>这一块在 %1 中没有对应内容</translation>
    </message>
    <message>
        <source>not translated yet</source>
        <translation>尚未翻译</translation>
    </message>
    <message>
        <source>still the source text: translate it</source>
        <translation>仍是原文：请翻译</translation>
    </message>
    <message>
        <source>a heading of level %1 translated as level %2</source>
        <translation>%1 级标题被译成了 %2 级</translation>
    </message>
    <message>
        <source>a heading translated as a block that is not a heading</source>
        <translation>标题被译成了非标题的块</translation>
    </message>
    <message>
        <source>a block translated as a heading</source>
        <translation>非标题的块被译成了标题</translation>
    </message>
    <message>
        <source>the translation is %1 than expected (%2% of the source&apos;s length)</source>
        <translation>译文%1（为原文长度的 %2%）</translation>
    </message>
    <message>
        <source>much longer</source>
        <translation>比预期长得多</translation>
    </message>
    <message>
        <source>much shorter</source>
        <translation>比预期短得多</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>not in the source %1</source>
        <translation>原文中没有 %1</translation>
    </message>
    <message>
        <source>footnote markers differ: %1</source>
        <translation>脚注标记不一致：%1</translation>
    </message>
    <message>
        <source>links differ: %1</source>
        <translation>链接不一致：%1</translation>
    </message>
    <message>
        <source>numbers differ: %1</source>
        <translation>数字不一致：%1</translation>
    </message>
    <message>
        <source>emphasis differs: %1 bold and %2 italic in the source, %3 and %4 here</source>
        <translation>强调不一致：原文有 %1 处粗体、%2 处斜体，这里是 %3 和 %4</translation>
    </message>
    <message>
        <source>code spans differ (code stays as it is): source %1, here %2</source>
        <translation>行内代码不一致（代码应保持原样）：原文 %1，这里 %2</translation>
    </message>
    <message>
        <source>source-language text left in the translation: &quot;%1&quot;</source>
        <translation>译文中留有原文语言的文字：“%1”</translation>
    </message>
    <message>
        <source>half-width &quot;%1&quot; in Chinese text; use the full-width form</source>
        <translation>中文里用了半角“%1”；请改用全角</translation>
    </message>
    <message>
        <source>full-width &quot;%1&quot; in %2 text; use the half-width form</source>
        <translation>%2文字里用了全角“%1”；请改用半角</translation>
    </message>
    <message>
        <source>the title is not translated yet</source>
        <translation>标题尚未翻译</translation>
    </message>
    <message>
        <source>no &quot;lang&quot; in the front matter: set it so the site and Coinage know the language (detected: %1)</source>
        <translation>前置元数据中没有“lang”：请设置它，让站点和 Coinage 知道文章的语言（检测结果：%1）</translation>
    </message>
    <message>
        <source>both posts have lang &quot;%1&quot;</source>
        <translation>两篇文章的 lang 都是“%1”</translation>
    </message>
    <message>
        <source>neither post has &quot;%1&quot; to link it to its translation</source>
        <translation>两篇文章都没有用来关联译文的“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs: &quot;%2&quot; in the source, &quot;%3&quot; here</source>
        <translation>“%1”不一致：原文为“%2”，这里为“%3”</translation>
    </message>
</context>
<context>
    <name>coinage::PasticheEngine</name>
    <message>
        <source>the line does not start with one of the voice&apos;s attribution formulas</source>
        <translation>这句话没有以该口吻的开场语开头</translation>
    </message>
    <message>
        <source>the line has nothing after the attribution</source>
        <translation>开场语之后没有内容</translation>
    </message>
    <message>
        <source>the line is not in Chinese</source>
        <translation>这句话不是中文</translation>
    </message>
    <message>
        <source>the line is not in English</source>
        <translation>这句话不是英文</translation>
    </message>
</context>
<context>
    <name>coinage::PostChecker</name>
    <message>
        <source>the front matter is never closed with a line &quot;---&quot;; Jekyll will publish the whole file, front matter included, as text</source>
        <translation>前置元数据没有以“---”行结束；Jekyll 会把整个文件（连同前置元数据）当作正文发布</translation>
    </message>
    <message>
        <source>YAML syntax error in the front matter: %1</source>
        <translation>前置元数据中有 YAML 语法错误：%1</translation>
    </message>
    <message>
        <source>the front matter must be a list of &quot;key: value&quot; lines</source>
        <translation>前置元数据必须由“键: 值”行组成</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears more than once; only the last value is used</source>
        <translation>字段“%1”出现了不止一次；只有最后一个值生效</translation>
    </message>
</context>
<context>
    <name>coinage::PostFile</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
    <message>
        <source>%1 is %2 MB; Coinage opens posts up to %3 MB</source>
        <translation>%1 有 %2 MB；Coinage 最多打开 %3 MB 的文章</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied</source>
        <translation>无法读取 %1：权限不足</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>coinage::PostWorkflow</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>every name for &quot;%1&quot; is taken</source>
        <translation>“%1”可用的文件名都已被占用</translation>
    </message>
    <message>
        <source>%1 exists already; it is not overwritten</source>
        <translation>%1 已存在；不会覆盖</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>无法把 %1 移动到 %2</translation>
    </message>
    <message>
        <source>%1 was written, but %2 could not be removed</source>
        <translation>%1 已写入，但无法删除 %2</translation>
    </message>
    <message>
        <source>%1 is not in a _drafts folder</source>
        <translation>%1 不在 _drafts 文件夹中</translation>
    </message>
    <message>
        <source>%1 is not in a _posts folder</source>
        <translation>%1 不在 _posts 文件夹中</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid slug; try &quot;%2&quot;</source>
        <translation>“%1”不是有效的别名；试试“%2”</translation>
    </message>
    <message>
        <source>the post&apos;s date &quot;%1&quot; cannot be read</source>
        <translation>无法读取文章日期“%1”</translation>
    </message>
    <message>
        <source>the post has no date</source>
        <translation>文章没有日期</translation>
    </message>
</context>
<context>
    <name>coinage::RecoveryJournal</name>
    <message>
        <source>the entry has no header (it was cut short)</source>
        <translation>该记录没有头部（被截断了）</translation>
    </message>
    <message>
        <source>the entry&apos;s header is damaged</source>
        <translation>该记录的头部已损坏</translation>
    </message>
    <message>
        <source>the entry was written by another version of Coinage</source>
        <translation>该记录由另一个版本的 Coinage 写入</translation>
    </message>
    <message>
        <source>the entry is incomplete (%1 of %2 bytes)</source>
        <translation>该记录不完整（%1 / %2 字节）</translation>
    </message>
    <message>
        <source>the entry&apos;s text is damaged (checksum mismatch)</source>
        <translation>该记录的文字已损坏（校验和不符）</translation>
    </message>
    <message>
        <source>invalid recovery entry id</source>
        <translation>无效的恢复记录 ID</translation>
    </message>
    <message>
        <source>cannot create the recovery folder %1</source>
        <translation>无法创建恢复文件夹 %1</translation>
    </message>
    <message>
        <source>Skipped the recovery entry %1: %2</source>
        <translation>已跳过恢复记录 %1：%2</translation>
    </message>
</context>
<context>
    <name>coinage::SeedReferenceConverter</name>
    <message>
        <source>no reference list found (a &quot;References&quot; or &quot;参考&quot; title over a list of &quot;1. ^text&quot; items)</source>
        <translation>没有找到参考文献列表（“References”或“参考”标题下的“1. ^文字”列表）</translation>
    </message>
    <message>
        <source>the reference list is inside the front matter</source>
        <translation>参考文献列表位于前置元数据之中</translation>
    </message>
    <message>
        <source>the post already has a footnote [^%1]; rename it first</source>
        <translation>文章已有脚注 [^%1]；请先给它改名</translation>
    </message>
</context>
<context>
    <name>coinage::Site</name>
    <message>
        <source>%1 is not a Jekyll site: it has no _config.yml</source>
        <translation>%1 不是 Jekyll 站点：没有 _config.yml</translation>
    </message>
    <message>
        <source>%1: YAML error: %2</source>
        <translation>%1：YAML 错误：%2</translation>
    </message>
    <message>
        <source>the file name has no date (YYYY-MM-DD-slug): Jekyll skips it</source>
        <translation>文件名没有日期（YYYY-MM-DD-slug）：Jekyll 会跳过它</translation>
    </message>
    <message>
        <source>no front matter: Jekyll copies the file as it is</source>
        <translation>没有前置元数据：Jekyll 会原样复制该文件</translation>
    </message>
    <message>
        <source>YAML error on line %1: %2</source>
        <translation>第 %1 行有 YAML 错误：%2</translation>
    </message>
</context>
<context>
    <name>coinage::SiteListing</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>unpublished</source>
        <translation>未发布</translation>
    </message>
    <message>
        <source>future</source>
        <translation>定时发布</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>coinage::SlotTemplate</name>
    <message>
        <source>unmatched &apos;}&apos; at character %1</source>
        <translation>第 %1 个字符处的“}”没有配对</translation>
    </message>
    <message>
        <source>unclosed &apos;{&apos; at character %1</source>
        <translation>第 %1 个字符处的“{”没有闭合</translation>
    </message>
    <message>
        <source>unknown slot &apos;{%1}&apos;</source>
        <translation>未知的槽位“{%1}”</translation>
    </message>
    <message>
        <source>unknown transform &apos;%1&apos; in &apos;{%2}&apos;</source>
        <translation>“{%2}”中有未知的变换“%1”</translation>
    </message>
</context>
<context>
    <name>coinage::StatisticsText</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 个词</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 个词</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 个字符</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 个字符</translation>
    </message>
    <message>
        <source>Selection: %1, %2</source>
        <translation>选区：%1，%2</translation>
    </message>
</context>
<context>
    <name>coinage::TextCodec</name>
    <message>
        <source>this is a binary file, not a text file (a NUL byte at line %1, column %2)</source>
        <translation>这是二进制文件，不是文本文件（第 %1 行第 %2 列有 NUL 字节）</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte %1 at line %2, column %3); Coinage opens UTF-8 text only and will not change the file</source>
        <translation>文件不是有效的 UTF-8（第 %2 行第 %3 列的字节 %1）；Coinage 只打开 UTF-8 文本，不会改动该文件</translation>
    </message>
</context>
<context>
    <name>coinage::TextFinder</name>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>无效的正则表达式：%1</translation>
    </message>
</context>
<context>
    <name>coinage::TranslationCreator</name>
    <message>
        <source>no language given for the translation</source>
        <translation>没有指定译文的语言</translation>
    </message>
    <message>
        <source>the post is already in %1</source>
        <translation>文章的语言已经是 %1</translation>
    </message>
    <message>
        <source>the source&apos;s front matter is never closed</source>
        <translation>原文的前置元数据没有结束标记</translation>
    </message>
    <message>
        <source>fix the source&apos;s front matter first (coinage check shows the problem)</source>
        <translation>请先修正原文的前置元数据（coinage check 会指出问题）</translation>
    </message>
</context>
<context>
    <name>coinage::UserVoiceStore</name>
    <message>
        <source>the file %1 already exists</source>
        <translation>文件 %1 已存在</translation>
    </message>
    <message>
        <source>%1 already has the id &apos;%2&apos;</source>
        <translation>%1 已使用 id“%2”</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a user voice</source>
        <translation>%1 不是用户口吻</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
</context>
<context>
    <name>coinage::VoiceLibrary</name>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>another file in this folder already has the id &apos;%1&apos;</source>
        <translation>此文件夹中已有另一个文件使用 ID“%1”</translation>
    </message>
</context>
<context>
    <name>coinage::VoiceParser</name>
    <message>
        <source>&apos;attributions&apos; must be an array of strings</source>
        <translation>“attributions”必须是字符串数组</translation>
    </message>
    <message>
        <source>&apos;templates&apos; must be an array</source>
        <translation>“templates”必须是数组</translation>
    </message>
    <message>
        <source>a template must be a string or an object with &apos;text&apos;</source>
        <translation>模板必须是字符串，或带“text”的对象</translation>
    </message>
    <message>
        <source>&apos;lexicon&apos; must be an object of word lists</source>
        <translation>“lexicon”必须是由词表组成的对象</translation>
    </message>
    <message>
        <source>lexicon entry &apos;%1&apos; must be an array of strings</source>
        <translation>词表项“%1”必须是字符串数组</translation>
    </message>
    <message>
        <source>no attribution formula</source>
        <translation>没有开场语</translation>
    </message>
    <message>
        <source>an attribution formula is empty</source>
        <translation>有一条开场语是空的</translation>
    </message>
    <message>
        <source>%1 templates, at least %2 needed</source>
        <translation>有 %1 个模板，至少需要 %2 个</translation>
    </message>
    <message>
        <source>template %1: %2</source>
        <translation>模板 %1：%2</translation>
    </message>
    <message>
        <source>template %1 uses none of {sentence}, {topic}, {claim}</source>
        <translation>模板 %1 没有用到 {sentence}、{topic}、{claim} 中的任何一个</translation>
    </message>
    <message>
        <source>template %1 picks &apos;{@%2}&apos; but the lexicon has no such list</source>
        <translation>模板 %1 选用了“{@%2}”，但词表中没有这个列表</translation>
    </message>
    <message>
        <source>template %1: unknown shape &apos;%2&apos;</source>
        <translation>模板 %1：未知句型“%2”</translation>
    </message>
    <message>
        <source>template %1: weight must be positive</source>
        <translation>模板 %1：权重必须是正数</translation>
    </message>
    <message>
        <source>no template that fits any sentence (one using only {sentence}, {end} and lexicon picks, for every shape)</source>
        <translation>没有适用于任何句子的模板（即对每种句型都只用 {sentence}、{end} 和词表选词的模板）</translation>
    </message>
    <message>
        <source>example %1 needs &apos;input&apos; and &apos;output&apos;</source>
        <translation>示例 %1 需要“input”和“output”</translation>
    </message>
    <message>
        <source>example %1 does not start with one of the attribution formulas</source>
        <translation>示例 %1 没有以任何一条开场语开头</translation>
    </message>
    <message>
        <source>not valid JSON at line %1: %2</source>
        <translation>第 %1 行不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>文件必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>unsupported schema %1 (this version reads schema 1)</source>
        <translation>不支持的格式版本 %1（此版本只读取版本 1）</translation>
    </message>
    <message>
        <source>&apos;languages&apos; must be an object with &apos;zh&apos; and &apos;en&apos;</source>
        <translation>“languages”必须是包含“zh”和“en”的对象</translation>
    </message>
    <message>
        <source>&apos;id&apos; is missing</source>
        <translation>缺少“id”</translation>
    </message>
    <message>
        <source>&apos;id&apos; must be lowercase letters, digits and &apos;-&apos; (got &apos;%1&apos;)</source>
        <translation>“id”只能由小写字母、数字和“-”组成（实际为“%1”）</translation>
    </message>
    <message>
        <source>&apos;names&apos; needs both &apos;zh&apos; and &apos;en&apos;</source>
        <translation>“names”需要同时有“zh”和“en”</translation>
    </message>
    <message>
        <source>&apos;description&apos; is missing</source>
        <translation>缺少“description”</translation>
    </message>
    <message>
        <source>&apos;languages&apos; needs &apos;zh&apos; and &apos;en&apos;</source>
        <translation>“languages”需要“zh”和“en”</translation>
    </message>
    <message>
        <source>languages.zh is missing</source>
        <translation>缺少 languages.zh</translation>
    </message>
    <message>
        <source>languages.en is missing</source>
        <translation>缺少 languages.en</translation>
    </message>
    <message>
        <source>model.temperature must be between 0 and 2</source>
        <translation>model.temperature 必须在 0 到 2 之间</translation>
    </message>
    <message>
        <source>model.max_tokens must be positive</source>
        <translation>model.max_tokens 必须是正数</translation>
    </message>
</context>
<context>
    <name>coinage::cli::AlignCommand</name>
    <message>
        <source>Print the pairs and findings as a JSON object.</source>
        <translation>以 JSON 对象输出配对和检查结果。</translation>
    </message>
    <message>
        <source>The front matter key that links translations (default: ref; page_id for jekyll-polyglot sites).</source>
        <translation>关联译文的前置元数据字段（默认：ref；jekyll-polyglot 站点用 page_id）。</translation>
    </message>
    <message>
        <source>The alignment file with pins and statuses (default: TRANSLATION&apos;s folder/.coinage/NAME.align.json).</source>
        <translation>保存固定项和状态的对齐文件（默认：译文所在文件夹/.coinage/NAME.align.json）。</translation>
    </message>
    <message>
        <source>Ignore the alignment file: align from scratch.</source>
        <translation>忽略对齐文件：从头对齐。</translation>
    </message>
    <message>
        <source>The original post.</source>
        <translation>原文。</translation>
    </message>
    <message>
        <source>Its translation.</source>
        <translation>它的译文。</translation>
    </message>
    <message>
        <source>Align a post with its translation block by block (headings, paragraphs, list items, quotes, footnote definitions) and check that footnotes, links, numbers, headings, emphasis and code carry over.
Lines are 1-based. Exit status: 0 when the pair is clean, 1 when warnings or errors were found, 2 on usage errors.</source>
        <translation>逐块对齐文章与译文（标题、段落、列表项、引用、脚注定义），并检查脚注、链接、数字、标题、强调和代码是否都保留了下来。
行号从 1 开始。退出状态：0 表示两篇一致，1 表示发现警告或错误，2 表示用法错误。</translation>
    </message>
    <message>
        <source>give exactly two files: SOURCE TRANSLATION</source>
        <translation>请给出两个文件：原文 译文</translation>
    </message>
    <message>
        <source>--link-key needs a key name</source>
        <translation>--link-key 需要一个字段名</translation>
    </message>
    <message>
        <source>--sidecar and --no-sidecar exclude each other</source>
        <translation>--sidecar 与 --no-sidecar 不能同时使用</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) -&gt; %3 (%4): %n pair(s)</source>
        <translation>
            <numerusform>%1（%2）-&gt; %3（%4）：%n 对</numerusform>
        </translation>
    </message>
    <message>
        <source>source</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>target</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>  pinned</source>
        <translation>  已固定</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>no blocks</source>
        <translation>没有内容块</translation>
    </message>
</context>
<context>
    <name>coinage::cli::CheckCommand</name>
    <message>
        <source>Print the problems as a JSON array.</source>
        <translation>以 JSON 数组输出问题。</translation>
    </message>
    <message>
        <source>Posts to check.</source>
        <translation>要检查的文章。</translation>
    </message>
    <message>
        <source>Check posts for problems: front matter that does not parse, files that are not UTF-8 text.
Exit status: 0 when clean, 1 when problems were found, 2 on usage errors.</source>
        <translation>检查文章中的问题：无法解析的前置元数据、不是 UTF-8 文本的文件等。
退出状态：0 表示没有问题，1 表示发现问题，2 表示用法错误。</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>没有给出文件</translation>
    </message>
</context>
<context>
    <name>coinage::cli::Cli</name>
    <message>
        <source>report problems in posts (front matter, encoding)</source>
        <translation>报告文章中的问题（前置元数据、编码）</translation>
    </message>
    <message>
        <source>write a post into a Jekyll site, ready to build</source>
        <translation>把文章写入 Jekyll 站点，可直接构建</translation>
    </message>
    <message>
        <source>create a new post or draft in a Jekyll site</source>
        <translation>在 Jekyll 站点中新建文章或草稿</translation>
    </message>
    <message>
        <source>get or set one front matter key</source>
        <translation>读取或设置一个前置元数据字段</translation>
    </message>
    <message>
        <source>list a post&apos;s footnotes and their problems</source>
        <translation>列出文章的脚注及其问题</translation>
    </message>
    <message>
        <source>renumber footnotes in reference order</source>
        <translation>按引用顺序重新编号脚注</translation>
    </message>
    <message>
        <source>turn [1] and References into footnotes</source>
        <translation>把 [1] 和参考文献列表转换为脚注</translation>
    </message>
    <message>
        <source>retell a sentence in pastiche voices</source>
        <translation>用各家口吻仿写一句话</translation>
    </message>
    <message>
        <source>align a post with its translation and check the pair</source>
        <translation>对齐文章与译文并检查两者</translation>
    </message>
    <message>
        <source>Usage: coinage [FILE...]          open posts in the Coinage window</source>
        <translation>用法：coinage [文件...]          在 Coinage 窗口中打开文章</translation>
    </message>
    <message>
        <source>       coinage VERB [OPTIONS...]  work on posts from the command line</source>
        <translation>      coinage 命令 [选项...]     在命令行中处理文章</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>显示此帮助</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>显示版本</translation>
    </message>
    <message>
        <source>Run &apos;coinage VERB --help&apos; for a verb&apos;s options.</source>
        <translation>运行“coinage 命令 --help”查看某个命令的选项。</translation>
    </message>
    <message>
        <source>coinage: unknown verb &apos;%1&apos;</source>
        <translation>coinage：未知命令“%1”</translation>
    </message>
    <message>
        <source>move a draft into _posts with today&apos;s date</source>
        <translation>将草稿移入 _posts 并标上今天的日期</translation>
    </message>
    <message>
        <source>move a post back to _drafts</source>
        <translation>将文章移回 _drafts</translation>
    </message>
    <message>
        <source>give a post or draft a new slug</source>
        <translation>为文章或草稿设置新的别名</translation>
    </message>
    <message>
        <source>list a site&apos;s posts and drafts with their state</source>
        <translation>列出站点的文章和草稿及其状态</translation>
    </message>
    <message>
        <source>rename, remove, gather, convert or insert footnotes</source>
        <translation>重命名、删除、汇集、转换或插入脚注</translation>
    </message>
</context>
<context>
    <name>coinage::cli::CommandContext</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Usage: coinage %1 [options] %2</source>
        <translation>用法：coinage %1 [选项] %2</translation>
    </message>
    <message>
        <source>Try &apos;coinage %1 --help&apos;.</source>
        <translation>请试试“coinage %1 --help”。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>coinage::cli::ExportCommand</name>
    <message>
        <source>The Jekyll site (a folder with _config.yml).</source>
        <translation>Jekyll 站点（含 _config.yml 的文件夹）。</translation>
    </message>
    <message>
        <source>Write to _drafts/slug.md.</source>
        <translation>写入 _drafts/slug.md。</translation>
    </message>
    <message>
        <source>Turn ^[inline] notes and [1]-plus-References notes into kramdown footnotes.</source>
        <translation>把 ^[行内] 注释和 [1] 加参考文献式的注释转换为 kramdown 脚注。</translation>
    </message>
    <message>
        <source>Overwrite an existing post.</source>
        <translation>覆盖已有的文章。</translation>
    </message>
    <message>
        <source>Print {&quot;path&quot;, &quot;warnings&quot;} as JSON.</source>
        <translation>以 JSON 输出 {&quot;path&quot;, &quot;warnings&quot;}。</translation>
    </message>
    <message>
        <source>The post to export.</source>
        <translation>要导出的文章。</translation>
    </message>
    <message>
        <source>Write a post into a Jekyll site as Jekyll accepts it: complete front matter, date with the site&apos;s offset, _posts/YYYY-MM-DD-slug.md (or _drafts/slug.md). Prints the written path; warnings go to stderr.
Exit status: 0 written, 1 not written (the reason on stderr), 2 usage error.</source>
        <translation>按 Jekyll 能接受的样子把文章写入站点：完整的前置元数据、带站点时差的日期、_posts/YYYY-MM-DD-slug.md（或 _drafts/slug.md）。输出写入的路径；警告输出到标准错误。
退出状态：0 表示已写入，1 表示未写入（原因见标准错误），2 表示用法错误。</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>没有给出文件</translation>
    </message>
    <message>
        <source>give exactly one file</source>
        <translation>请只给出一个文件</translation>
    </message>
    <message>
        <source>--site DIR is required</source>
        <translation>必须提供 --site 目录</translation>
    </message>
    <message>
        <source>coinage export: warning: the site&apos;s timezone &quot;%1&quot; is unknown; using UTC</source>
        <translation>coinage export：警告：站点时区“%1”未知；改用 UTC</translation>
    </message>
</context>
<context>
    <name>coinage::cli::FootnoteEditCommand</name>
    <message>
        <source>gather: put the definitions at the end of the section of this heading (its text, e.g. &quot;Notes&quot;) instead of the end.</source>
        <translation>gather：把定义放到此标题（标题文字，如“Notes”）所在小节的末尾，而不是文章末尾。</translation>
    </message>
    <message>
        <source>insert, from-selection: the 1-based line of the caret or of the selection&apos;s start.</source>
        <translation>insert、from-selection：光标或选区起点所在的行（从 1 起）。</translation>
    </message>
    <message>
        <source>insert, from-selection: the 1-based column (in characters) of the caret or of the selection&apos;s start.</source>
        <translation>insert、from-selection：光标或选区起点所在的列（按字符计，从 1 起）。</translation>
    </message>
    <message>
        <source>from-selection: the line of the selection&apos;s end.</source>
        <translation>from-selection：选区终点所在的行。</translation>
    </message>
    <message>
        <source>from-selection: the column just after the selection&apos;s last character.</source>
        <translation>from-selection：紧接选区最后一个字符之后的列。</translation>
    </message>
    <message>
        <source>insert, from-selection: put the marker before closing punctuation (&quot;word[^1].&quot;) instead of after it.</source>
        <translation>insert、from-selection：把标记放在收尾标点之前（“word[^1].”），而不是之后。</translation>
    </message>
    <message numerus="yes">
        <source>line %1 is past the end of the post (%n line(s))</source>
        <translation>
            <numerusform>第 %1 行超出了文章末尾（共 %n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 has no column %2</source>
        <translation>第 %1 行没有第 %2 列</translation>
    </message>
    <message>
        <source>rename, remove, gather, to-references, to-inline, merge-duplicates, insert or from-selection.</source>
        <translation>rename、remove、gather、to-references、to-inline、merge-duplicates、insert 或 from-selection。</translation>
    </message>
    <message>
        <source>The post.</source>
        <translation>文章。</translation>
    </message>
    <message>
        <source>What the action needs (below).</source>
        <translation>该操作所需的参数（见下文）。</translation>
    </message>
    <message>
        <source>Change a post&apos;s footnotes, with the same edits as the Footnotes menu:
  rename FILE FROM TO        rename a label in every marker and definition
  remove FILE LABEL          remove a footnote&apos;s markers and definitions
  gather FILE [--under H]    move every definition, in reference order, to the end of the post
                             (or of the section of heading H)
  to-references FILE         turn ^[inline] notes into [^n] markers and definitions
  to-inline FILE [LABEL]     turn footnotes with a one-paragraph definition (or only LABEL)
                             into ^[inline] notes
  merge-duplicates FILE      keep one definition per label
  insert FILE --line L --column C TEXT
                             add a footnote with this text at the position; prints its label
  from-selection FILE --line L --column C --end-line L2 --end-column C2
                             the text in the range becomes a new footnote; prints its label
The file is changed in place (atomically, keeping its BOM and line endings) unless -o is given.
Exit status: 0 when done, 1 when the edit cannot be made (unknown label, taken label, no such heading or position) or the file cannot be read or written, 2 on usage errors.</source>
        <translation>修改文章的脚注，与“脚注”菜单中的编辑相同：
  rename FILE FROM TO        在所有标记和定义中重命名标签
  remove FILE LABEL          删除脚注的标记和定义
  gather FILE [--under H]    按引用顺序把所有定义移到文章末尾
                             （或标题 H 所在小节的末尾）
  to-references FILE         把 ^[行内] 注释改为 [^n] 标记和定义
  to-inline FILE [LABEL]     把定义只有一段的脚注（或仅 LABEL）
                             改为 ^[行内] 注释
  merge-duplicates FILE      每个标签只保留一个定义
  insert FILE --line L --column C TEXT
                             在该位置添加一条内容为 TEXT 的脚注，并输出其标签
  from-selection FILE --line L --column C --end-line L2 --end-column C2
                             把该范围内的文字变成一条新脚注，并输出其标签
除非给出 -o，文件将被原地修改（原子写入，保留 BOM 和换行符）。
退出状态：0 表示完成，1 表示无法进行该编辑（标签不存在或已被占用、没有该标题或位置）或无法读写文件，2 表示用法错误。</translation>
    </message>
    <message>
        <source>give an action and a file</source>
        <translation>请给出一个操作和一个文件</translation>
    </message>
    <message>
        <source>only insert and from-selection take a position</source>
        <translation>只有 insert 和 from-selection 接受位置参数</translation>
    </message>
    <message>
        <source>only gather takes --under</source>
        <translation>只有 gather 接受 --under</translation>
    </message>
    <message>
        <source>usage: coinage footnote-edit %1</source>
        <translation>用法：coinage footnote-edit %1</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>未知操作“%1”</translation>
    </message>
</context>
<context>
    <name>coinage::cli::FootnotesCommand</name>
    <message>
        <source>Print the footnotes as a JSON array of objects: label, number (null when kramdown prints none), references [{line, column}], definition {line, end_line} or null, text, problems [codes].</source>
        <translation>以 JSON 对象数组输出脚注：label、number（kramdown 不显示编号时为 null）、references [{line, column}]、definition {line, end_line} 或 null、text、problems [代码]。</translation>
    </message>
    <message>
        <source>The post.</source>
        <translation>文章。</translation>
    </message>
    <message>
        <source>List a post&apos;s footnotes in the order kramdown numbers them, with their problems.
Exit status: 0 when all is well, 1 when there are footnote problems, 2 on usage errors.</source>
        <translation>按 kramdown 编号的顺序列出文章的脚注及其问题。
退出状态：0 表示一切正常，1 表示脚注有问题，2 表示用法错误。</translation>
    </message>
    <message>
        <source>give exactly one file</source>
        <translation>请只给出一个文件</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n 处引用</numerusform>
        </translation>
    </message>
    <message>
        <source>definition line %1</source>
        <translation>定义在第 %1 行</translation>
    </message>
</context>
<context>
    <name>coinage::cli::FrontMatterCommand</name>
    <message>
        <source>get: print {&quot;key&quot;, &quot;type&quot;, &quot;value&quot;, &quot;line&quot;, &quot;column&quot;} as JSON.</source>
        <translation>get：以 JSON 输出 {&quot;key&quot;, &quot;type&quot;, &quot;value&quot;, &quot;line&quot;, &quot;column&quot;}。</translation>
    </message>
    <message>
        <source>get, set or remove.</source>
        <translation>get、set 或 remove。</translation>
    </message>
    <message>
        <source>The post.</source>
        <translation>文章。</translation>
    </message>
    <message>
        <source>A top-level key.</source>
        <translation>顶层字段。</translation>
    </message>
    <message>
        <source>set: the value as YAML.</source>
        <translation>set：以 YAML 写出的值。</translation>
    </message>
    <message>
        <source>Read or change one front matter key. `set` and `remove` rewrite only that key&apos;s lines (comments, order, quoting and other keys stay byte for byte), and save atomically, keeping the file&apos;s BOM and line endings.
Exit status: 0 ok, 1 the key is missing or the file/YAML has a problem, 2 usage error.</source>
        <translation>读取或修改一个前置元数据字段。`set` 和 `remove` 只改写该字段所在的行（注释、顺序、引号和其他字段逐字节不变），并以原子方式保存，保留文件的 BOM 和换行符。
退出状态：0 表示成功，1 表示字段不存在或文件/YAML 有问题，2 表示用法错误。</translation>
    </message>
    <message>
        <source>no action given (get, set or remove)</source>
        <translation>没有给出操作（get、set 或 remove）</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (get, set or remove)</source>
        <translation>未知操作“%1”（可用 get、set 或 remove）</translation>
    </message>
    <message>
        <source>usage: frontmatter set FILE KEY VALUE</source>
        <translation>用法：frontmatter set 文件 字段 值</translation>
    </message>
    <message>
        <source>usage: frontmatter %1 FILE KEY</source>
        <translation>用法：frontmatter %1 文件 字段</translation>
    </message>
    <message>
        <source>%1:%2:%3: YAML syntax error: %4</source>
        <translation>%1:%2:%3：YAML 语法错误：%4</translation>
    </message>
    <message>
        <source>%1: no key &quot;%2&quot; in the front matter</source>
        <translation>%1：前置元数据中没有字段“%2”</translation>
    </message>
</context>
<context>
    <name>coinage::cli::NewCommand</name>
    <message>
        <source>The Jekyll site (a folder with _config.yml).</source>
        <translation>Jekyll 站点（含 _config.yml 的文件夹）。</translation>
    </message>
    <message>
        <source>Create a draft in _drafts.</source>
        <translation>在 _drafts 中创建草稿。</translation>
    </message>
    <message>
        <source>The post&apos;s date (default: now), e.g. &quot;2025-01-05 22:05 +0800&quot;; without an offset, in the site&apos;s time zone.</source>
        <translation>文章日期（默认：现在），例如“2025-01-05 22:05 +0800”；不带偏移时按站点时区解读。</translation>
    </message>
    <message>
        <source>Print {&quot;path&quot;} as JSON.</source>
        <translation>以 JSON 输出 {&quot;path&quot;}。</translation>
    </message>
    <message>
        <source>The post&apos;s title.</source>
        <translation>文章标题。</translation>
    </message>
    <message>
        <source>Create a post: the slug from the title by Jekyll&apos;s default slugify (Chinese kept), a front matter template, the date with the site&apos;s offset; _posts/YYYY-MM-DD-slug.md or _drafts/slug.md, never overwriting. Prints the path.
Exit status: 0 created, 1 not created, 2 usage error.</source>
        <translation>新建文章：按 Jekyll 默认的 slugify 规则由标题生成别名（保留中文），附前置元数据模板和带站点时差的日期；写成 _posts/YYYY-MM-DD-slug.md 或 _drafts/slug.md，绝不覆盖已有文件。输出文件路径。
退出状态：0 表示已创建，1 表示未创建，2 表示用法错误。</translation>
    </message>
    <message>
        <source>give one title</source>
        <translation>请给出一个标题</translation>
    </message>
    <message>
        <source>--site DIR is required</source>
        <translation>必须提供 --site 目录</translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot;</source>
        <translation>无法读取日期“%1”</translation>
    </message>
</context>
<context>
    <name>coinage::cli::RewriteCommand</name>
    <message>
        <source>give exactly one file</source>
        <translation>请只给出一个文件</translation>
    </message>
    <message>
        <source>the output file name is empty</source>
        <translation>输出文件名为空</translation>
    </message>
    <message>
        <source>%1: nothing to change</source>
        <translation>%1：没有需要修改的地方</translation>
    </message>
    <message>
        <source>Write the result to OUT instead of changing FILE.</source>
        <translation>把结果写入 OUT，而不修改原文件。</translation>
    </message>
    <message>
        <source>Renumber every label, not only numeric ones.</source>
        <translation>重新编号所有标签，而不只是数字标签。</translation>
    </message>
    <message>
        <source>The post.</source>
        <translation>文章。</translation>
    </message>
    <message>
        <source>Renumber numeric footnote labels 1..n in the order of their first reference and reorder the definitions to match. The file is changed in place (atomically, keeping its BOM and line endings) unless -o is given.
Exit status: 0 when done, 1 when the file cannot be read or written, 2 on usage errors.</source>
        <translation>按首次引用的顺序把数字脚注标签重新编号为 1..n，并相应调整定义的顺序。除非给出 -o，否则直接修改原文件（以原子方式写入，保留 BOM 和换行符）。
退出状态：0 表示完成，1 表示文件无法读取或写入，2 表示用法错误。</translation>
    </message>
    <message>
        <source>Turn &quot;[1]&quot; markers and a &quot;References&quot;/&quot;参考&quot; list of &quot;1. ^text&quot; items into kramdown footnotes ([^1] and [^1]: text), keeping the texts. The file is changed in place (atomically, keeping its BOM and line endings) unless -o is given.
Exit status: 0 when done, 1 when there is no such list or the file cannot be read or written, 2 on usage errors.</source>
        <translation>把“[1]”标记和“References”/“参考”下的“1. ^文字”列表转换为 kramdown 脚注（[^1] 和 [^1]: 文字），文字保持不变。除非给出 -o，否则直接修改原文件（以原子方式写入，保留 BOM 和换行符）。
退出状态：0 表示完成，1 表示没有这样的列表或文件无法读写，2 表示用法错误。</translation>
    </message>
</context>
<context>
    <name>coinage::cli::SiteCommands</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1 is not inside a Jekyll site (no _config.yml above it)</source>
        <translation>%1 不在 Jekyll 站点中（上级目录中没有 _config.yml）</translation>
    </message>
    <message>
        <source>Print {&quot;path&quot;} as JSON.</source>
        <translation>以 JSON 输出 {&quot;path&quot;}。</translation>
    </message>
    <message>
        <source>The post&apos;s date (default: now), e.g. &quot;2025-01-05 22:05 +0800&quot;; without an offset, in the site&apos;s time zone.</source>
        <translation>文章日期（默认：现在），例如“2025-01-05 22:05 +0800”；不带偏移时按站点时区解读。</translation>
    </message>
    <message>
        <source>A draft in the site&apos;s _drafts.</source>
        <translation>站点 _drafts 中的一篇草稿。</translation>
    </message>
    <message>
        <source>Publish a draft: move it to _posts/YYYY-MM-DD-slug.md and set its date: (with the site&apos;s offset); the file name&apos;s date is the local date of date:. Never overwrites. Prints the new path.
Exit status: 0 published, 1 not published, 2 usage error.</source>
        <translation>发布草稿：将其移至 _posts/YYYY-MM-DD-slug.md，并设置 date:（带站点时差）；文件名中的日期是 date: 的本地日期。绝不覆盖已有文件。输出新路径。
退出状态：0 表示已发布，1 表示未发布，2 表示用法错误。</translation>
    </message>
    <message>
        <source>give one file</source>
        <translation>请给出一个文件</translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot;</source>
        <translation>无法读取日期“%1”</translation>
    </message>
    <message>
        <source>A post in the site&apos;s _posts.</source>
        <translation>站点 _posts 中的一篇文章。</translation>
    </message>
    <message>
        <source>Unpublish a post: move it back to _drafts/slug.md (its date: stays). Never overwrites. Prints the new path.
Exit status: 0 moved, 1 not moved, 2 usage error.</source>
        <translation>撤回发布：将文章移回 _drafts/slug.md（保留其 date:）。绝不覆盖已有文件。输出新路径。
退出状态：0 表示已移动，1 表示未移动，2 表示用法错误。</translation>
    </message>
    <message>
        <source>A post or draft of a site.</source>
        <translation>站点中的一篇文章或草稿。</translation>
    </message>
    <message>
        <source>The new slug, e.g. &quot;coin-minting&quot;.</source>
        <translation>新的别名，例如“coin-minting”。</translation>
    </message>
    <message>
        <source>Rename a post or draft to a new slug; a post&apos;s name gets the local date of its date: in the site&apos;s zone. Never overwrites. Prints the new path.
Exit status: 0 renamed, 1 not renamed, 2 usage error.</source>
        <translation>将文章或草稿重命名为新的别名；文章的文件名使用其 date: 在站点时区中的本地日期。绝不覆盖已有文件。输出新路径。
退出状态：0 表示已重命名，1 表示未重命名，2 表示用法错误。</translation>
    </message>
    <message>
        <source>give a file and a slug</source>
        <translation>请给出一个文件和一个别名</translation>
    </message>
    <message>
        <source>The Jekyll site (a folder with _config.yml).</source>
        <translation>Jekyll 站点（含 _config.yml 的文件夹）。</translation>
    </message>
    <message>
        <source>Only posts in this state: draft, published, unpublished (published: false) or future.</source>
        <translation>只列出此状态的文章：draft（草稿）、published（已发布）、unpublished（未发布，即 published: false）或 future（定时发布）。</translation>
    </message>
    <message>
        <source>Print [{&quot;title&quot;, &quot;date&quot;, &quot;state&quot;, &quot;path&quot;, &quot;problem&quot;}] as JSON.</source>
        <translation>以 JSON 输出 [{&quot;title&quot;, &quot;date&quot;, &quot;state&quot;, &quot;path&quot;, &quot;problem&quot;}]。</translation>
    </message>
    <message>
        <source>List a site&apos;s drafts, then its posts, newest first: state, date (in the site&apos;s zone), title and path relative to the site.
Exit status: 0 listed, 1 the folder is not a site, 2 usage error.</source>
        <translation>先列出站点的草稿，再列出文章，最新的在前：状态、日期（按站点时区）、标题以及相对于站点的路径。
退出状态：0 表示已列出，1 表示该文件夹不是站点，2 表示用法错误。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--site DIR is required</source>
        <translation>必须提供 --site 目录</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;: use draft, published, unpublished or future</source>
        <translation>未知状态“%1”：请使用 draft、published、unpublished 或 future</translation>
    </message>
</context>
<context>
    <name>coinage::cli::VoicesCommand</name>
    <message>
        <source>Language of the lines: auto (from the text), zh or en.</source>
        <translation>仿写结果的语言：auto（根据原文判断）、zh 或 en。</translation>
    </message>
    <message>
        <source>Only this voice (repeatable); see --list.</source>
        <translation>只用这个口吻（可重复指定）；见 --list。</translation>
    </message>
    <message>
        <source>Variant number (0 = the best line).</source>
        <translation>变体编号（0 为最佳的一句）。</translation>
    </message>
    <message>
        <source>List the voices instead of writing lines.</source>
        <translation>列出所有口吻，而不是仿写。</translation>
    </message>
    <message>
        <source>Read user voices from DIR (default: %1).</source>
        <translation>从 DIR 读取用户自定义口吻（默认：%1）。</translation>
    </message>
    <message>
        <source>The sentence to retell (read from standard input when absent). Markdown is cleaned.</source>
        <translation>要仿写的句子（省略时从标准输入读取）。Markdown 标记会被清除。</translation>
    </message>
    <message>
        <source>--lang must be auto, zh or en (got &apos;%1&apos;)</source>
        <translation>--lang 必须是 auto、zh 或 en（实际为“%1”）</translation>
    </message>
    <message>
        <source>--variant must be a number 0 or more (got &apos;%1&apos;)</source>
        <translation>--variant 必须是不小于 0 的数字（实际为“%1”）</translation>
    </message>
    <message>
        <source>coinage voices: warning: %1: %2 (skipped)</source>
        <translation>coinage voices：警告：%1：%2（已跳过）</translation>
    </message>
    <message>
        <source>no voice &apos;%1&apos; (voices: %2)</source>
        <translation>没有口吻“%1”（可用口吻：%2）</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message>
        <source>the text is empty (after removing Markdown): nothing to retell</source>
        <translation>去掉 Markdown 后文字为空：没有可仿写的内容</translation>
    </message>
    <message>
        <source>coinage voices: warning: %1: the model&apos;s line was not used (%2); printing the offline line</source>
        <translation>coinage voices：警告：%1：未采用模型的句子（%2）；输出离线仿写</translation>
    </message>
    <message>
        <source>Print JSON: an array of {voice, name, lang, text, source (template or model), variant, template, model}.</source>
        <translation>输出 JSON：由 {voice, name, lang, text, source（template 或 model）, variant, template, model} 组成的数组。</translation>
    </message>
    <message>
        <source>Ask this model of an OpenAI-compatible server for each line (the API key, if any, from COINAGE_API_KEY); a failed request prints the offline line with a warning.</source>
        <translation>向兼容 OpenAI 的服务器上的这个模型请求每一句（如需 API 密钥，取自 COINAGE_API_KEY）；请求失败时输出离线仿写并给出警告。</translation>
    </message>
    <message>
        <source>The model server&apos;s base URL (default %1).</source>
        <translation>模型服务器的基础网址（默认 %1）。</translation>
    </message>
    <message>
        <source>Allow sending the text to an endpoint on another machine (not localhost/127.0.0.1/::1).</source>
        <translation>允许把文字发送到其他机器上的端点（非 localhost/127.0.0.1/::1）。</translation>
    </message>
    <message>
        <source>Retell a sentence in pastiche voices (offline templates, or a language model with --model).
Exit status: 0 ok, 1 when the text is empty, 2 on usage errors.</source>
        <translation>用各家口吻仿写一句话（离线模板，或用 --model 指定语言模型）。
退出状态：0 成功，1 文字为空，2 用法错误。</translation>
    </message>
    <message>
        <source>--model needs a model name</source>
        <translation>--model 需要模型名称</translation>
    </message>
    <message>
        <source>--endpoint &apos;%1&apos;: %2</source>
        <translation>--endpoint“%1”：%2</translation>
    </message>
    <message>
        <source>the endpoint is on another machine (%1): your text would be sent there; add --allow-remote if that is what you want</source>
        <translation>端点在另一台机器上（%1）：你的文字会被发送到那里；如确有此意，请加上 --allow-remote</translation>
    </message>
    <message>
        <source>--endpoint and --allow-remote need --model</source>
        <translation>--endpoint 和 --allow-remote 需要与 --model 一起使用</translation>
    </message>
</context>
<context>
    <name>coinage::gui::AutosaveController</name>
    <message>
        <source>Autosave of %1 failed: %2</source>
        <translation>自动保存 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>coinage::gui::BilingualController</name>
    <message>
        <source>Open &amp;Translation Pair…</source>
        <translation>打开译文对(&amp;T)…</translation>
    </message>
    <message>
        <source>Create Tr&amp;anslation…</source>
        <translation>创建译文(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Bilingual View</source>
        <translation>双语视图(&amp;B)</translation>
    </message>
    <message>
        <source>Next &amp;Unfinished Pair</source>
        <translation>下一个未完成的段对(&amp;U)</translation>
    </message>
    <message>
        <source>Next Unfinished</source>
        <translation>下一个未完成</translation>
    </message>
    <message>
        <source>Go to the next pair that is not translated or approved</source>
        <translation>跳到下一个尚未翻译或未通过审核的段对</translation>
    </message>
    <message>
        <source>&amp;Interleaved Reading</source>
        <translation>对照阅读(&amp;I)</translation>
    </message>
    <message>
        <source>Interleaved</source>
        <translation>对照</translation>
    </message>
    <message>
        <source>Read each paragraph followed by its translation</source>
        <translation>逐段阅读，每段之后紧跟其译文</translation>
    </message>
    <message>
        <source>Every pair is translated or approved.</source>
        <translation>所有段对都已翻译或已审核通过。</translation>
    </message>
    <message>
        <source>Bilingual View</source>
        <translation>双语视图</translation>
    </message>
    <message>
        <source>Save the post first: its translation is found next to its file.</source>
        <translation>请先保存文章：译文要在文章文件旁边查找。</translation>
    </message>
    <message>
        <source>A post cannot be paired with itself.</source>
        <translation>文章不能与自身配对。</translation>
    </message>
    <message>
        <source>Could not save the alignment decisions: %1</source>
        <translation>无法保存对齐决定：%1</translation>
    </message>
    <message>
        <source>Aligning…</source>
        <translation>正在对齐…</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s): %1</source>
        <translation>
            <numerusform>%n 个段对：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Translation status of the aligned pairs (Next Unfinished Pair: Ctrl+Alt+N)</source>
        <translation>已对齐段对的翻译状态（下一个未完成的段对：Ctrl+Alt+N）</translation>
    </message>
    <message>
        <source>Could Not Create the Translation</source>
        <translation>无法创建译文</translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File &gt; Open Translation Pair….</source>
        <translation>%1 已存在。请用“文件 &gt; 打开译文对…”打开它。</translation>
    </message>
</context>
<context>
    <name>coinage::gui::BilingualView</name>
    <message>
        <source>Bilingual view</source>
        <translation>双语视图</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Translation text</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Interleaved reading</source>
        <translation>对照阅读</translation>
    </message>
    <message>
        <source>Translation problems</source>
        <translation>翻译问题</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Bilingual</source>
        <translation>双语</translation>
    </message>
    <message>
        <source>Mark the current pair “%1”</source>
        <translation>将当前段对标记为“%1”</translation>
    </message>
    <message>
        <source>Mark pair:</source>
        <translation>标记段对：</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Keep this pair as it is when the texts are aligned again</source>
        <translation>重新对齐文本时保持此段对不变</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消固定</translation>
    </message>
    <message>
        <source>Merge with Next</source>
        <translation>与下一组合并</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Pair this group and the next one as one group</source>
        <translation>将此组与下一组合并为一组</translation>
    </message>
    <message>
        <source>(no source block)</source>
        <translation>（无原文块）</translation>
    </message>
    <message>
        <source>(not translated)</source>
        <translation>（未翻译）</translation>
    </message>
    <message numerus="yes">
        <source>Problem (%n)</source>
        <translation>
            <numerusform>问题 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pair %1 (%2): %3, confidence %4%5</source>
        <translation>段对 %1（%2）：%3，置信度 %4%5</translation>
    </message>
    <message>
        <source>, pinned</source>
        <translation>，已固定</translation>
    </message>
    <message>
        <source>The source was: %1</source>
        <translation>原文为：%1</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>拆分…</translation>
    </message>
    <message>
        <source>Split this group in two: choose after which block on each side (preselected at the caret)</source>
        <translation>把这一组拆成两组：在两侧各选在哪个块之后拆开（按光标位置预选）</translation>
    </message>
    <message>
        <source>Undo Alignment Change</source>
        <translation>撤销对齐更改</translation>
    </message>
    <message>
        <source>Undo Pairing</source>
        <translation>撤销配对</translation>
    </message>
    <message>
        <source>Take back the last pin, unpin, merge, split or status change</source>
        <translation>撤回上一次固定、取消固定、合并、拆分或状态更改</translation>
    </message>
    <message>
        <source>Redo Alignment Change</source>
        <translation>重做对齐更改</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>句子</translation>
    </message>
    <message>
        <source>Show which sentences of the caret&apos;s pair match (the caret&apos;s sentence and its counterpart stand out; a wavy line marks a sentence without one)</source>
        <translation>显示光标所在段对中哪些句子相互对应（光标所在的句子及其对应句突出显示；波浪线标出没有对应句的句子）</translation>
    </message>
    <message>
        <source>Bilingual Tools</source>
        <translation>双语工具</translation>
    </message>
</context>
<context>
    <name>coinage::gui::ConnectorGutter</name>
    <message>
        <source>Aligned pairs</source>
        <translation>已对齐的段对</translation>
    </message>
    <message>
        <source>Untranslated</source>
        <translation>未翻译</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>已翻译</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
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
    <message>
        <source>Changed on Disk</source>
        <translation>磁盘上的文件已更改</translation>
    </message>
    <message>
        <source>“%1” was changed by another program, and you have unsaved changes here.</source>
        <translation>“%1”已被其他程序修改，而你在这里还有未保存的更改。</translation>
    </message>
    <message>
        <source>Keep your text (saving will replace the file), take the version on disk (your changes stay in Undo), or compare them first?</source>
        <translation>保留你的文字（保存时将覆盖该文件）、采用磁盘上的版本（你的更改仍可撤销找回），还是先比较两者？</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>采用磁盘版本(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <source>The texts have the same lines.</source>
        <translation>两份文本的各行相同。</translation>
    </message>
    <message>
        <source>Deleted on Disk</source>
        <translation>磁盘上的文件已删除</translation>
    </message>
    <message>
        <source>The file of “%1” was deleted or moved by another program.</source>
        <translation>“%1”的文件已被其他程序删除或移动。</translation>
    </message>
    <message>
        <source>Your text is still open. Save it to the same place again?</source>
        <translation>你的文字仍处于打开状态。要重新保存到原位置吗？</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>暂不(&amp;N)</translation>
    </message>
    <message>
        <source>Create Translation</source>
        <translation>创建译文</translation>
    </message>
    <message>
        <source>Language of the translation (the original is “%1”):</source>
        <translation>译文的语言（原文为“%1”）：</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>How should the translation start?</source>
        <translation>译文以什么内容开始？</translation>
    </message>
    <message>
        <source>&amp;Empty Blocks</source>
        <translation>空白块(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy the Original</source>
        <translation>复制原文(&amp;C)</translation>
    </message>
    <message>
        <source>Send Text to Another Machine?</source>
        <translation>把文字发送到另一台机器？</translation>
    </message>
    <message>
        <source>The language model is on %1, not on this computer.</source>
        <translation>语言模型位于 %1，不在这台电脑上。</translation>
    </message>
    <message>
        <source>To write model lines, Coinage sends the sentence at the caret (or the selection), the voice&apos;s description and examples, and your API key to %1. Nothing is sent unless you agree; you can withdraw this in Voices &gt; Language Model.</source>
        <translation>为了让模型仿写，Coinage 会把光标处的句子（或选区）、口吻的描述和示例以及你的 API 密钥发送到 %1。未经你同意，不会发送任何内容；你可以在“口吻 &gt; 语言模型”中撤回同意。</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>发送到 %1</translation>
    </message>
    <message>
        <source>Stay Offline</source>
        <translation>保持离线</translation>
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
    <message>
        <source>%1 (deleted)</source>
        <translation>%1（已删除）</translation>
    </message>
</context>
<context>
    <name>coinage::gui::EditorPreferencesPage</name>
    <message>
        <source>Follow System Colors</source>
        <translation>跟随系统配色</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>编辑器</translation>
    </message>
</context>
<context>
    <name>coinage::gui::ExportController</name>
    <message>
        <source>&amp;Export to Jekyll Site…</source>
        <translation>导出到 Jekyll 站点(&amp;E)…</translation>
    </message>
    <message>
        <source>Write a copy of the post into a Jekyll site, named and dated as Jekyll expects</source>
        <translation>把文章的副本写入 Jekyll 站点，文件名和日期符合 Jekyll 的要求</translation>
    </message>
</context>
<context>
    <name>coinage::gui::ExportDialog</name>
    <message>
        <source>Exports a copy of “%1” (unsaved edits included) into a Jekyll site. The post itself is not changed.</source>
        <translation>把“%1”的副本（含未保存的修改）导出到 Jekyll 站点。文章本身不会改变。</translation>
    </message>
    <message>
        <source>Choose the folder of a Jekyll site (the one with _config.yml).</source>
        <translation>选择 Jekyll 站点的文件夹（含 _config.yml 的那个）。</translation>
    </message>
    <message>
        <source>Jekyll site “%1”, dates in %2</source>
        <translation>Jekyll 站点“%1”，日期按 %2 时区</translation>
    </message>
    <message>
        <source>Site Folder</source>
        <translation>站点文件夹</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Cannot export: %1 (line %2)</source>
        <translation>无法导出：%1（第 %2 行）</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <source>A file of this name exists: Export asks before replacing it.</source>
        <translation>同名文件已存在：导出前会先询问是否替换。</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): %1</source>
        <translation>
            <numerusform>%n 条警告：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Warning, line %1: %2</source>
        <translation>警告，第 %1 行：%2</translation>
    </message>
    <message>
        <source>Export to Jekyll Site</source>
        <translation>导出到 Jekyll 站点</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with this post?</source>
        <translation>%1 已存在。用这篇文章替换它吗？</translation>
    </message>
    <message>
        <source>Not exported: %1 exists already and was kept.</source>
        <translation>未导出：%1 已存在，原文件保持不变。</translation>
    </message>
    <message>
        <source>Not exported: %1 (line %2)</source>
        <translation>未导出：%1（第 %2 行）</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
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
    <name>coinage::gui::FileWatcher</name>
    <message>
        <source>“%1”: on disk (−) and here (+)</source>
        <translation>“%1”：磁盘上 (−) 与此处 (+)</translation>
    </message>
</context>
<context>
    <name>coinage::gui::FindController</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Go to line:</source>
        <translation>转到行：</translation>
    </message>
    <message>
        <source>Line number</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>替换(&amp;E)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>转到行(&amp;G)…</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>共 %1 行</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 个匹配项</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 个匹配项</translation>
    </message>
    <message>
        <source> (wrapped)</source>
        <translation>（已从头开始）</translation>
    </message>
    <message>
        <source>Replaced 1 match</source>
        <translation>已替换 1 处</translation>
    </message>
    <message>
        <source>Replaced %1 matches</source>
        <translation>已替换 %1 处</translation>
    </message>
</context>
<context>
    <name>coinage::gui::FocusController</name>
    <message>
        <source>&amp;Typewriter Scrolling</source>
        <translation>打字机滚动(&amp;T)</translation>
    </message>
    <message>
        <source>F&amp;ocus Mode</source>
        <translation>专注模式(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>段落(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sentence</source>
        <translation>句子(&amp;S)</translation>
    </message>
    <message>
        <source>Focus mode leaves the caret&apos;s paragraph undimmed</source>
        <translation>专注模式保持光标所在段落清晰</translation>
    </message>
    <message>
        <source>Focus mode leaves the caret&apos;s sentence undimmed</source>
        <translation>专注模式保持光标所在句子清晰</translation>
    </message>
    <message>
        <source>Focus &amp;On</source>
        <translation>专注范围(&amp;O)</translation>
    </message>
</context>
<context>
    <name>coinage::gui::FootnoteCardDelegate</name>
    <message>
        <source>not referenced</source>
        <translation>未被引用</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n 处引用</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>（无文字）</translation>
    </message>
    <message>
        <source>Footnote text</source>
        <translation>脚注文字</translation>
    </message>
</context>
<context>
    <name>coinage::gui::FootnoteController</name>
    <message>
        <source>Footnotes</source>
        <translation>脚注</translation>
    </message>
    <message>
        <source>&amp;Insert Footnote</source>
        <translation>插入脚注(&amp;I)</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Insert a footnote at the caret and type its text (Ctrl+Alt+F)</source>
        <translation>在光标处插入脚注并输入文字（Ctrl+Alt+F）</translation>
    </message>
    <message>
        <source>&amp;Renumber</source>
        <translation>重新编号(&amp;R)</translation>
    </message>
    <message>
        <source>Renumber</source>
        <translation>重新编号</translation>
    </message>
    <message>
        <source>Number the footnotes 1, 2, 3… in the order they are referenced</source>
        <translation>按引用顺序把脚注编号为 1、2、3…</translation>
    </message>
    <message>
        <source>&amp;Convert References</source>
        <translation>转换参考文献(&amp;C)</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>Turn [1] markers and a References list into footnotes Jekyll shows</source>
        <translation>把 [1] 标记和参考文献列表转换为 Jekyll 能显示的脚注</translation>
    </message>
    <message>
        <source>Re&amp;move Footnote</source>
        <translation>删除脚注(&amp;M)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected footnote: its markers and its definition</source>
        <translation>删除选中的脚注：包括它的标记和定义</translation>
    </message>
    <message>
        <source>&amp;Edit Footnote Text</source>
        <translation>编辑脚注文字(&amp;E)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected footnote&apos;s text in its card</source>
        <translation>在卡片中编辑选中脚注的文字</translation>
    </message>
    <message>
        <source>&amp;Previous Reference</source>
        <translation>上一处引用(&amp;P)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Go to the previous footnote marker</source>
        <translation>转到上一个脚注标记</translation>
    </message>
    <message>
        <source>&amp;Next Reference</source>
        <translation>下一处引用(&amp;N)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Go to the next footnote marker</source>
        <translation>转到下一个脚注标记</translation>
    </message>
    <message>
        <source>F&amp;ootnotes</source>
        <translation>脚注(&amp;O)</translation>
    </message>
    <message>
        <source>The footnotes changed meanwhile; try again.</source>
        <translation>脚注在此期间有变化；请再试一次。</translation>
    </message>
    <message>
        <source>Footnotes renumbered.</source>
        <translation>脚注已重新编号。</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) turned into footnotes.</source>
        <translation>
            <numerusform>已把 %n 处引用转换为脚注。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a footnote to remove.</source>
        <translation>请选择要删除的脚注。</translation>
    </message>
    <message>
        <source>&amp;Merge Duplicates</source>
        <translation>合并重复定义(&amp;M)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Keep one definition per label: the texts of earlier duplicates join the last one</source>
        <translation>每个标签只保留一个定义：之前重复定义的文字并入最后一个</translation>
    </message>
    <message>
        <source>Duplicate footnote definitions merged.</source>
        <translation>已合并重复的脚注定义。</translation>
    </message>
    <message>
        <source>Footnote %1 moved to place %2.</source>
        <translation>脚注 %1 已移到第 %2 位。</translation>
    </message>
</context>
<context>
    <name>coinage::gui::FootnoteEditActions</name>
    <message>
        <source>Turn &amp;Selection into Footnote</source>
        <translation>把选中文字变成脚注(&amp;S)</translation>
    </message>
    <message>
        <source>The selected text becomes a new footnote&apos;s text; its marker takes the selection&apos;s place</source>
        <translation>选中的文字成为一条新脚注的内容，脚注标记放在原选区的位置</translation>
    </message>
    <message>
        <source>Rename F&amp;ootnote…</source>
        <translation>重命名脚注(&amp;O)…</translation>
    </message>
    <message>
        <source>Give the selected footnote another label, in every marker and its definition</source>
        <translation>给选中的脚注换一个标签，所有标记和定义一并修改</translation>
    </message>
    <message>
        <source>&amp;Gather Definitions at End</source>
        <translation>把定义汇集到文末(&amp;G)</translation>
    </message>
    <message>
        <source>Move every footnote definition, in reference order, to the end of the post</source>
        <translation>按引用顺序把所有脚注定义移到文章末尾</translation>
    </message>
    <message>
        <source>Gather Definitions under &amp;Heading…</source>
        <translation>把定义汇集到标题下(&amp;H)…</translation>
    </message>
    <message>
        <source>Move every footnote definition, in reference order, to the end of a heading&apos;s section</source>
        <translation>按引用顺序把所有脚注定义移到某个标题所在小节的末尾</translation>
    </message>
    <message>
        <source>Inline Notes &amp;to References</source>
        <translation>行内注释转为脚注引用(&amp;T)</translation>
    </message>
    <message>
        <source>Turn every ^[inline note] into a [^n] marker and a definition Jekyll shows</source>
        <translation>把每条 ^[行内注释] 改为 Jekyll 能显示的 [^n] 标记和定义</translation>
    </message>
    <message>
        <source>Footnote to In&amp;line Note</source>
        <translation>脚注转为行内注释(&amp;L)</translation>
    </message>
    <message>
        <source>Turn the selected footnote into a ^[inline note] at its marker</source>
        <translation>把选中的脚注在其标记处改为 ^[行内注释]</translation>
    </message>
    <message>
        <source>&amp;All Footnotes to Inline Notes</source>
        <translation>全部脚注转为行内注释(&amp;A)</translation>
    </message>
    <message>
        <source>Turn every footnote with a one-paragraph definition into a ^[inline note]</source>
        <translation>把每条定义只有一段的脚注改为 ^[行内注释]</translation>
    </message>
    <message>
        <source>Rename Footnote [^%1]…</source>
        <translation>重命名脚注 [^%1]…</translation>
    </message>
    <message>
        <source>Make Footnote [^%1] an Inline Note</source>
        <translation>把脚注 [^%1] 改为行内注释</translation>
    </message>
    <message>
        <source>Select the text that should become the footnote.</source>
        <translation>请选中要变成脚注的文字。</translation>
    </message>
    <message>
        <source>The selection is now footnote [^%1].</source>
        <translation>选中的文字已变成脚注 [^%1]。</translation>
    </message>
    <message>
        <source>Select a footnote to rename.</source>
        <translation>请选择要重命名的脚注。</translation>
    </message>
    <message>
        <source>Rename Footnote</source>
        <translation>重命名脚注</translation>
    </message>
    <message>
        <source>New label for [^%1] (ASCII letters, digits, _ and -):</source>
        <translation>[^%1] 的新标签（ASCII 字母、数字、_ 和 -）：</translation>
    </message>
    <message>
        <source>[^%1] cannot be renamed: %2.</source>
        <translation>无法重命名 [^%1]：%2。</translation>
    </message>
    <message>
        <source>Footnote [^%1] renamed to [^%2].</source>
        <translation>脚注 [^%1] 已重命名为 [^%2]。</translation>
    </message>
    <message>
        <source>The footnote definitions are already gathered at the end.</source>
        <translation>脚注定义已经汇集在文末。</translation>
    </message>
    <message>
        <source>Footnote definitions gathered at the end.</source>
        <translation>脚注定义已汇集到文末。</translation>
    </message>
    <message>
        <source>The post has no heading to gather the footnote definitions under.</source>
        <translation>文章中没有可以汇集脚注定义的标题。</translation>
    </message>
    <message>
        <source>Gather Footnote Definitions</source>
        <translation>汇集脚注定义</translation>
    </message>
    <message>
        <source>Put the definitions at the end of the section:</source>
        <translation>把定义放到此小节的末尾：</translation>
    </message>
    <message>
        <source>The footnote definitions are already gathered under &quot;%1&quot;.</source>
        <translation>脚注定义已经汇集在“%1”之下。</translation>
    </message>
    <message>
        <source>Footnote definitions gathered under &quot;%1&quot;.</source>
        <translation>脚注定义已汇集到“%1”之下。</translation>
    </message>
    <message>
        <source>The post has no ^[inline notes].</source>
        <translation>文章中没有 ^[行内注释]。</translation>
    </message>
    <message numerus="yes">
        <source>%n inline note(s) turned into footnotes.</source>
        <translation>
            <numerusform>%n 条行内注释已转为脚注。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a footnote to make inline.</source>
        <translation>请选择要改为行内注释的脚注。</translation>
    </message>
    <message>
        <source>Footnote [^%1] is now an inline note.</source>
        <translation>脚注 [^%1] 已改为行内注释。</translation>
    </message>
    <message>
        <source>No footnote can become an inline note (each needs a one-paragraph definition).</source>
        <translation>没有可以改为行内注释的脚注（定义须只有一段）。</translation>
    </message>
    <message numerus="yes">
        <source>%n footnote(s) turned into inline notes.</source>
        <translation>
            <numerusform>%n 条脚注已转为行内注释。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coinage::gui::FootnoteEditorAssist</name>
    <message>
        <source>Footnote %1</source>
        <translation>脚注 %1</translation>
    </message>
    <message>
        <source>Footnote [^%1]</source>
        <translation>脚注 [^%1]</translation>
    </message>
</context>
<context>
    <name>coinage::gui::FootnotePanel</name>
    <message>
        <source>Footnote %1: %2</source>
        <translation>脚注 %1：%2</translation>
    </message>
</context>
<context>
    <name>coinage::gui::FootnotePreferencesPage</name>
    <message>
        <source>After the punctuation: 这样。[^1]</source>
        <translation>标点之后：这样。[^1]</translation>
    </message>
    <message>
        <source>Before the punctuation: 这样[^1]。</source>
        <translation>标点之前：这样[^1]。</translation>
    </message>
    <message>
        <source>After the punctuation: like this.[^1]</source>
        <translation>标点之后：like this.[^1]</translation>
    </message>
    <message>
        <source>Before the punctuation: like this[^1].</source>
        <translation>标点之前：like this[^1].</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>脚注</translation>
    </message>
</context>
<context>
    <name>coinage::gui::FrontMatterPanel</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The front matter cannot be read, so the fields are off until the text is fixed.</source>
        <translation>无法读取前置元数据，在修正文本之前这些字段不可用。</translation>
    </message>
    <message>
        <source>This post has no front matter yet: filling in a field adds it.</source>
        <translation>这篇文章还没有前置元数据：填写任一字段即可添加。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>A map: edit it in the text</source>
        <translation>这是一个映射：请在正文中编辑</translation>
    </message>
    <message>
        <source>list, comma-separated</source>
        <translation>列表，用逗号分隔</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UTC offset; write it as +hhmm</source>
        <translation>“%1”不是 UTC 偏移；请写成 +hhmm</translation>
    </message>
</context>
<context>
    <name>coinage::gui::HelpController</name>
    <message>
        <source>&amp;Getting Started</source>
        <translation>入门指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <source>Open a short guide to the editor, the panels and the command line</source>
        <translation>打开一份简短的指南，介绍编辑器、各个面板和命令行</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of the window</source>
        <translation>列出窗口的全部键盘快捷键</translation>
    </message>
    <message>
        <source>getting-started.md</source>
        <translation>入门指南.md</translation>
    </message>
</context>
<context>
    <name>coinage::gui::KeychainApiKeyStore</name>
    <message>
        <source>No keychain service (Secret Service, KWallet) is available.</source>
        <translation>没有可用的钥匙串服务（Secret Service、KWallet）。</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain, never in a settings file.</source>
        <translation>密钥保存在系统钥匙串中，从不写入设置文件。</translation>
    </message>
    <message>
        <source>The key is kept in memory for this session only; set COINAGE_API_KEY to avoid typing it again.</source>
        <translation>密钥只在本次会话中保存在内存里；设置 COINAGE_API_KEY 即可免去再次输入。</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1).</source>
        <translation>无法读取钥匙串（%1）。</translation>
    </message>
    <message>
        <source>The keychain refused the key (%1).</source>
        <translation>钥匙串拒绝保存密钥（%1）。</translation>
    </message>
</context>
<context>
    <name>coinage::gui::LanguagePreferencesPage</name>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
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
        <translation>&lt;h3&gt;Coinage %1&lt;/h3&gt;&lt;p&gt;为用 Jekyll 发表文章的随笔作者打造的写作工具，中文、英文或双语皆可。&lt;/p&gt;&lt;p&gt;文章保存为可直接用于 Jekyll 的 Markdown 与 YAML 前置元数据，每个字节都保持你离开时的样子。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>口吻</translation>
    </message>
    <message>
        <source>Front Matter</source>
        <translation>前置元数据</translation>
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
    <name>coinage::gui::ModelController</name>
    <message>
        <source>&amp;Language Model…</source>
        <translation>语言模型(&amp;L)…</translation>
    </message>
    <message>
        <source>Vo&amp;ices</source>
        <translation>口吻(&amp;I)</translation>
    </message>
</context>
<context>
    <name>coinage::gui::ModelLineUpgrader</name>
    <message>
        <source>Model off: %1 may not receive your text (Voices &gt; Language Model).</source>
        <translation>模型未启用：%1 未获准接收你的文字（口吻 &gt; 语言模型）。</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>正在询问 %1…</translation>
    </message>
    <message>
        <source>%1 of %2 model lines failed; showing the offline ones. Last: %3</source>
        <translation>%2 句中有 %1 句模型仿写失败，改为显示离线仿写。最近一次：%3</translation>
    </message>
</context>
<context>
    <name>coinage::gui::ModelSettingsPage</name>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n model(s).</source>
        <translation>
            <numerusform>已连接到 %1：%n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is ready.</source>
        <translation>%1 可用。</translation>
    </message>
    <message>
        <source>%1 is not among them.</source>
        <translation>其中没有 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) on %1.</source>
        <translation>
            <numerusform>%1 上有 %n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Could not list the models: %1</source>
        <translation>无法列出模型：%1</translation>
    </message>
    <message>
        <source>Language Model</source>
        <translation>语言模型</translation>
    </message>
    <message>
        <source>Base URL: %1.</source>
        <translation>基础网址：%1。</translation>
    </message>
    <message>
        <source>Choose a model (Refresh lists the server&apos;s models).</source>
        <translation>请选择模型（“刷新”会列出服务器上的模型）。</translation>
    </message>
    <message>
        <source>Nothing sent: %1 is not allowed to receive your text.</source>
        <translation>未发送任何内容：%1 未获准接收你的文字。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Listing models…</source>
        <translation>正在列出模型…</translation>
    </message>
    <message>
        <source>COINAGE_API_KEY is set: it is used while this field is empty.</source>
        <translation>已设置 COINAGE_API_KEY：此栏为空时使用它。</translation>
    </message>
    <message>
        <source>None: only this computer receives your text.</source>
        <translation>无：只有这台电脑会接收你的文字。</translation>
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
    <name>coinage::gui::PairTranslator</name>
    <message>
        <source>Translate Selected Pair</source>
        <translation>翻译所选段对</translation>
    </message>
    <message>
        <source>Translate Untranslated Pairs</source>
        <translation>翻译所有未译段对</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Language Model…</source>
        <translation>语言模型…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Translate Pair</source>
        <translation>翻译段对</translation>
    </message>
    <message>
        <source>Translate the current pair with the language model (a draft, streamed in)</source>
        <translation>用语言模型翻译当前段对（作为草稿，边生成边写入）</translation>
    </message>
    <message>
        <source>Translate Untranslated</source>
        <translation>翻译未译段对</translation>
    </message>
    <message>
        <source>Translate every untranslated pair with the language model, one after another (Escape cancels)</source>
        <translation>用语言模型逐个翻译所有未译段对（按 Esc 取消）</translation>
    </message>
    <message>
        <source>Put the caret in a pair to translate it.</source>
        <translation>请先把光标放进要翻译的段对。</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Stop translating (Escape); the pairs finished so far are kept</source>
        <translation>停止翻译（Esc）；已完成的段对会保留</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>No language model is set up. Choose Voices › Language Model… to use one (an OpenAI-compatible server such as llama.cpp or Ollama on this machine, or a hosted one), then translate again.</source>
        <translation>尚未设置语言模型。请在“口吻 › 语言模型…”中设置（兼容 OpenAI 接口的服务器，例如本机上的 llama.cpp 或 Ollama，或托管服务），然后再翻译。</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 may not receive your text. Allow it in Voices › Language Model….</source>
        <translation>未发送任何内容：%1 未获准接收你的文字。请在“口吻 › 语言模型…”中允许。</translation>
    </message>
    <message>
        <source>Nothing to translate: every pair with an original has a translation.</source>
        <translation>没有需要翻译的内容：每个有原文的段对都已有译文。</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>正在翻译…</translation>
    </message>
    <message>
        <source>Translating pair %1 of %2 with %3…</source>
        <translation>正在用 %3 翻译第 %1 个段对（共 %2 个）…</translation>
    </message>
    <message>
        <source>Translation stopped at pair %1 of %2: %3. The pairs finished before are kept.</source>
        <translation>翻译在第 %1 个段对（共 %2 个）处停止：%3。之前完成的段对已保留。</translation>
    </message>
    <message>
        <source>The model answered pair %1 of %2 with nothing; stopped.</source>
        <translation>模型对第 %1 个段对（共 %2 个）没有给出任何回答，已停止。</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 pairs translated; the unfinished one was taken back.</source>
        <translation>已取消：已翻译 %1 个段对（共 %2 个），未完成的那个已撤回。</translation>
    </message>
    <message numerus="yes">
        <source>Translated %n pair(s) as drafts: review them, then mark them translated.</source>
        <translation>
            <numerusform>已将 %n 个段对译为草稿：请审阅后标记为已翻译。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Translation</source>
        <translation>取消翻译</translation>
    </message>
    <message>
        <source>Stop translating; the pairs finished so far are kept</source>
        <translation>停止翻译；已译完的段对会保留</translation>
    </message>
</context>
<context>
    <name>coinage::gui::PreferencesController</name>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <source>Editor font, theme, autosave, spelling, footnotes, voices, language model, default site and language</source>
        <translation>编辑器字体、主题、自动保存、拼写检查、脚注、口吻、语言模型、默认站点和界面语言</translation>
    </message>
</context>
<context>
    <name>coinage::gui::PreferencesDialog</name>
    <message>
        <source>Set the controls of this page to their defaults (Apply or OK keeps them)</source>
        <translation>把本页的选项恢复为默认值（按“应用”或“确定”后生效）</translation>
    </message>
</context>
<context>
    <name>coinage::gui::PreviewBrowser</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>coinage::gui::PreviewController</name>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Show the rendered post beside the editor</source>
        <translation>在编辑器旁显示渲染后的文章</translation>
    </message>
</context>
<context>
    <name>coinage::gui::PreviewFocusPreferencesPage</name>
    <message>
        <source>Preview and Focus</source>
        <translation>预览与专注</translation>
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
    <name>coinage::gui::RecoveryController</name>
    <message>
        <source>Some Unsaved Text Could Not Be Read</source>
        <translation>部分未保存的文字无法读取</translation>
    </message>
    <message>
        <source>

The damaged entries were set aside in %1.</source>
        <translation>

已损坏的记录已移至 %1。</translation>
    </message>
</context>
<context>
    <name>coinage::gui::RecoveryDialog</name>
    <message>
        <source>never saved, 1 line</source>
        <translation>从未保存，1 行</translation>
    </message>
    <message>
        <source>never saved, %1 lines</source>
        <translation>从未保存，%1 行</translation>
    </message>
    <message>
        <source>file missing, 1 line</source>
        <translation>文件缺失，1 行</translation>
    </message>
    <message>
        <source>file missing, %1 lines</source>
        <translation>文件缺失，%1 行</translation>
    </message>
    <message>
        <source>+%1 −%2 lines</source>
        <translation>+%1 −%2 行</translation>
    </message>
    <message>
        <source>Untitled post</source>
        <translation>未命名文章</translation>
    </message>
    <message>
        <source>(no file on disk to compare with: every line is new)</source>
        <translation>（磁盘上没有可比较的文件：每一行都是新的）</translation>
    </message>
    <message>
        <source>(the same lines as the file on disk)</source>
        <translation>（与磁盘上的文件各行相同）</translation>
    </message>
</context>
<context>
    <name>coinage::gui::RemoteImagesBar</name>
    <message>
        <source>&amp;Load Them</source>
        <translation>加载(&amp;L)</translation>
    </message>
    <message>
        <source>Al&amp;ways Load</source>
        <translation>总是加载(&amp;W)</translation>
    </message>
    <message>
        <source>Remote images</source>
        <translation>远程图片</translation>
    </message>
    <message>
        <source>Fetches this post&apos;s images from the network, for this session</source>
        <translation>从网络获取这篇文章的图片，仅限本次运行</translation>
    </message>
    <message>
        <source>Fetches remote images in every post from now on; Preferences &gt; Preview and Focus turns it off</source>
        <translation>从现在起在所有文章中获取远程图片；可在“首选项 &gt; 预览与专注”中关闭</translation>
    </message>
    <message numerus="yes">
        <source>This post has %n remote image(s). Nothing is fetched from the network until you allow it.</source>
        <translation>
            <numerusform>这篇文章有 %n 张远程图片。在你允许之前，不会从网络获取任何内容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coinage::gui::SessionApiKeyStore</name>
    <message>
        <source>The key is kept in memory for this session only; set COINAGE_API_KEY to avoid typing it again.</source>
        <translation>密钥只在本次会话中保存在内存里；设置 COINAGE_API_KEY 即可免去再次输入。</translation>
    </message>
</context>
<context>
    <name>coinage::gui::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>coinage::gui::SiteController</name>
    <message>
        <source>Open &amp;Site…</source>
        <translation>打开站点(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a Jekyll site: a folder with a _config.yml</source>
        <translation>打开 Jekyll 站点：含有 _config.yml 的文件夹</translation>
    </message>
    <message>
        <source>New Post…</source>
        <translation>新建文章…</translation>
    </message>
    <message>
        <source>A new post in _posts, dated now</source>
        <translation>在 _posts 中新建文章，日期为当前时间</translation>
    </message>
    <message>
        <source>New Draft…</source>
        <translation>新建草稿…</translation>
    </message>
    <message>
        <source>A new draft in _drafts</source>
        <translation>在 _drafts 中新建草稿</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Move the draft to _posts, dated now in the site&apos;s time zone</source>
        <translation>将草稿移至 _posts，日期为站点时区的当前时间</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>撤回发布</translation>
    </message>
    <message>
        <source>Move the post back to _drafts</source>
        <translation>将文章移回 _drafts</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Give the post a new slug</source>
        <translation>为文章设置新的别名</translation>
    </message>
    <message>
        <source>Reveal in File Manager</source>
        <translation>在文件管理器中显示</translation>
    </message>
    <message>
        <source>Show the post&apos;s folder in the file manager</source>
        <translation>在文件管理器中显示文章所在的文件夹</translation>
    </message>
    <message>
        <source>+ Post</source>
        <translation>+ 文章</translation>
    </message>
    <message>
        <source>+ Draft</source>
        <translation>+ 草稿</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Open Site</source>
        <translation>打开站点</translation>
    </message>
    <message>
        <source>Unknown timezone &quot;%1&quot;: Jekyll would use UTC</source>
        <translation>未知时区“%1”：Jekyll 将使用 UTC</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>New Draft</source>
        <translation>新建草稿</translation>
    </message>
    <message>
        <source>New Post</source>
        <translation>新建文章</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; back to _drafts? Jekyll will no longer build it.</source>
        <translation>将“%1”移回 _drafts？Jekyll 将不再构建它。</translation>
    </message>
    <message>
        <source>New slug:</source>
        <translation>新别名：</translation>
    </message>
    <message>
        <source>Open Bilingual Pair</source>
        <translation>打开双语对照</translation>
    </message>
    <message>
        <source>Show the post and its translation side by side</source>
        <translation>并排显示文章及其译文</translation>
    </message>
    <message>
        <source>Bilingual Link Key…</source>
        <translation>双语关联键…</translation>
    </message>
    <message>
        <source>The front matter key that links a post to its translation in this site</source>
        <translation>本站点中把文章与其译文关联起来的前置元数据键</translation>
    </message>
    <message>
        <source>“%1” belongs to another Jekyll site, “%2”. Show that site here?</source>
        <translation>“%1”属于另一个 Jekyll 站点“%2”。在这里显示那个站点吗？</translation>
    </message>
    <message>
        <source>No translation of “%1” found: a translation has the same “%2” and another “lang”.</source>
        <translation>未找到“%1”的译文：译文的“%2”相同而“lang”不同。</translation>
    </message>
    <message>
        <source>Bilingual Link Key</source>
        <translation>双语关联键</translation>
    </message>
    <message>
        <source>Front matter key that links translations in this site (empty: “%1”, from _config.yml):</source>
        <translation>本站点关联译文的前置元数据键（留空：“%1”，取自 _config.yml）：</translation>
    </message>
</context>
<context>
    <name>coinage::gui::SitePanel</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>coinage::gui::SitePreferencesPage</name>
    <message>
        <source>Sites</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Default Site</source>
        <translation>默认站点</translation>
    </message>
</context>
<context>
    <name>coinage::gui::SpellChecker</name>
    <message>
        <source>No Suggestions</source>
        <translation>无建议</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>将“%1”加入词典</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>忽略“%1”</translation>
    </message>
    <message>
        <source>Stop marking this word until Coinage quits</source>
        <translation>在退出 Coinage 之前不再标记这个词</translation>
    </message>
</context>
<context>
    <name>coinage::gui::SpellController</name>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>拼写检查(&amp;S)</translation>
    </message>
    <message>
        <source>Underline misspelled words as you write</source>
        <translation>边写边为拼错的单词加下划线</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>No spelling dictionary for “%1” is installed; this post is not spell checked.</source>
        <translation>未安装“%1”的拼写词典，本文不做拼写检查。</translation>
    </message>
</context>
<context>
    <name>coinage::gui::SpellPreferencesPage</name>
    <message>
        <source>&amp;Check spelling as you write</source>
        <translation>边写边检查拼写(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Default language:</source>
        <translation>默认语言(&amp;D)：</translation>
    </message>
    <message>
        <source>Used for posts without a &lt;code&gt;lang&lt;/code&gt; in their front matter. Chinese, Japanese and Korean posts have their English words checked.</source>
        <translation>用于前置元数据中没有 &lt;code&gt;lang&lt;/code&gt; 的文章。中文、日文和韩文文章只检查其中的英文单词。</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>拼写</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>系统语言（%1）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The personal dictionary could not be saved.</source>
        <translation>无法保存个人词典。</translation>
    </message>
    <message>
        <source>&amp;Personal dictionary (%1):</source>
        <translation>个人词典（%1）(&amp;P)：</translation>
    </message>
    <message>
        <source>Personal words</source>
        <translation>个人词汇</translation>
    </message>
    <message>
        <source>The words you added to the dictionary of the chosen language; select some and press Remove to take them out</source>
        <translation>你添加到所选语言词典中的单词；选中后按“移除”即可删除</translation>
    </message>
</context>
<context>
    <name>coinage::gui::SplitChooser</name>
    <message>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Original: first part ends after</source>
        <translation>原文：第一部分止于</translation>
    </message>
    <message>
        <source>Translation: after</source>
        <translation>译文：止于</translation>
    </message>
    <message>
        <source>Translation: first part ends after</source>
        <translation>译文：第一部分止于</translation>
    </message>
    <message>
        <source>none (all to the second part)</source>
        <translation>无（全部归入第二部分）</translation>
    </message>
    <message>
        <source>¶%1: %2</source>
        <translation>¶%1：%2</translation>
    </message>
    <message>
        <source>Split pair %1 (%2):</source>
        <translation>拆分段对 %1（%2）：</translation>
    </message>
</context>
<context>
    <name>coinage::gui::StatisticsController</name>
    <message>
        <source>&amp;Statistics…</source>
        <translation>统计(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
</context>
<context>
    <name>coinage::gui::StatisticsDialog</name>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>选区</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>词数</translation>
    </message>
    <message>
        <source>CJK characters</source>
        <translation>中日韩字符</translation>
    </message>
    <message>
        <source>Other words</source>
        <translation>其他词</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字符数</translation>
    </message>
    <message>
        <source>Characters without spaces</source>
        <translation>字符数（不计空格）</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>段落数</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>阅读时间</translation>
    </message>
    <message>
        <source>Each CJK character counts as a word. Reading time: %1 CJK characters or %2 other words a minute. The front matter and Markdown syntax are not counted.</source>
        <translation>每个中日韩字符计为一个词。阅读时间按每分钟 %1 个中日韩字符或 %2 个其他词计算。前置元数据和 Markdown 语法不计入。</translation>
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
        <translation>%1 个中日韩字符和 %2 个其他单词；共 %3 个字符（不含空格 %4 个）；%5 个段落。不计前置元数据和 Markdown 语法。</translation>
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
<context>
    <name>coinage::gui::VoiceBlockEditor</name>
    <message>
        <source>A positive number; higher ranks the template higher</source>
        <translation>正数；越大，模板排名越靠前</translation>
    </message>
    <message>
        <source>Empty for every sentence, or some of: statement, question, exclamation</source>
        <translation>留空表示适用于所有句子，或填写 statement、question、exclamation 中的若干项</translation>
    </message>
    <message>
        <source>Template %1: %2</source>
        <translation>模板 %1：%2</translation>
    </message>
</context>
<context>
    <name>coinage::gui::VoiceCard</name>
    <message>
        <source>Voice: %1</source>
        <translation>口吻：%1</translation>
    </message>
    <message>
        <source>Where the line came from: the offline templates or a model</source>
        <translation>这句话的来源：离线模板或模型</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Insert the line as a new paragraph below</source>
        <translation>把这句话作为新段落插入到下方</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace the sentence (or scope) with the line</source>
        <translation>用这句话替换当前句子（或所选范围）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the line</source>
        <translation>复制这句话</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>换一句</translation>
    </message>
    <message>
        <source>Another variant of this voice</source>
        <translation>换一种说法</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Keep this line while the caret moves</source>
        <translation>光标移动时保留这句话</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide this voice (show it again from the panel&apos;s Hidden menu)</source>
        <translation>隐藏这个口吻（可从面板的“已隐藏”菜单中重新显示）</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>已固定</translation>
    </message>
    <message>
        <source>No line for this text.</source>
        <translation>这段文字没有可用的仿写。</translation>
    </message>
    <message>
        <source>model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>The offline line is shown: %1</source>
        <translation>显示的是离线仿写：%1</translation>
    </message>
    <message>
        <source>model: %1 …</source>
        <translation>模型：%1 …</translation>
    </message>
</context>
<context>
    <name>coinage::gui::VoiceEditorController</name>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>New, edit and delete voices of your own</source>
        <translation>新建、编辑和删除你自己的口吻</translation>
    </message>
    <message>
        <source>Edit Voice…</source>
        <translation>编辑口吻…</translation>
    </message>
    <message>
        <source>Delete Voice…</source>
        <translation>删除口吻…</translation>
    </message>
    <message>
        <source>New Voice…</source>
        <translation>新建口吻…</translation>
    </message>
    <message>
        <source>Edit Voice</source>
        <translation>编辑口吻</translation>
    </message>
    <message>
        <source>Delete Voice</source>
        <translation>删除口吻</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1（我的）</translation>
    </message>
    <message>
        <source>Edit voices</source>
        <translation>编辑口吻</translation>
    </message>
    <message>
        <source>A menu to create a voice, or edit or delete one of your own</source>
        <translation>用于新建口吻，或编辑、删除你自己口吻的菜单</translation>
    </message>
</context>
<context>
    <name>coinage::gui::VoiceEditorDialog</name>
    <message>
        <source>Delete Voice…</source>
        <translation>删除口吻…</translation>
    </message>
    <message>
        <source>New Voice</source>
        <translation>新建口吻</translation>
    </message>
    <message>
        <source>A new voice of your own, saved in %1.</source>
        <translation>你自己的新口吻，保存在 %1。</translation>
    </message>
    <message>
        <source>Edit Voice: %1</source>
        <translation>编辑口吻：%1</translation>
    </message>
    <message>
        <source>%1 is a built-in voice. Saving makes your own copy in %2, which takes the built-in voice&apos;s place; delete the copy to get the built-in voice back.</source>
        <translation>%1 是内置口吻。保存会在 %2 中生成你自己的副本，取代内置口吻；删除副本即可恢复内置口吻。</translation>
    </message>
    <message>
        <source>Your voice, saved in %1.</source>
        <translation>你的口吻，保存在 %1。</translation>
    </message>
    <message>
        <source>Large models are the way of minting coins.</source>
        <translation>大模型就是铸币。</translation>
    </message>
    <message>
        <source>(no line: add an attribution and a template that fits this sentence)</source>
        <translation>（没有仿写：请添加一个归属语和一个适合这句话的模板）</translation>
    </message>
    <message>
        <source>Not saved. Fix these first:</source>
        <translation>未保存。请先修正以下问题：</translation>
    </message>
    <message>
        <source>To fix before saving:</source>
        <translation>保存前需修正：</translation>
    </message>
    <message>
        <source>Delete your copy of %1? The built-in voice comes back.</source>
        <translation>删除你的 %1 副本？内置口吻将恢复。</translation>
    </message>
    <message>
        <source>Delete the voice %1? Its file %2 is removed.</source>
        <translation>删除口吻 %1？其文件 %2 将被移除。</translation>
    </message>
    <message>
        <source>Delete Voice</source>
        <translation>删除口吻</translation>
    </message>
</context>
<context>
    <name>coinage::gui::VoiceLearnPage</name>
    <message>
        <source>Weighted log-odds z-score against the background: above 1.96 is unlikely to be chance</source>
        <translation>相对背景语料的加权对数几率 z 分数：高于 1.96 不太可能是偶然</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Sample</source>
        <translation>添加样本</translation>
    </message>
    <message>
        <source>Pasted %1</source>
        <translation>粘贴 %1</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>signatures (%1)</source>
        <translation>标志性短语（%1）</translation>
    </message>
    <message>
        <source>lexicon (%1)</source>
        <translation>词表（%1）</translation>
    </message>
    <message>
        <source>log-odds ratio %1, z-score %2</source>
        <translation>对数几率比 %1，z 分数 %2</translation>
    </message>
    <message>
        <source>Nothing stands out yet: add more text (each term must occur at least twice).</source>
        <translation>暂无突出的词语：请添加更多文本（每个词语至少要出现两次）。</translation>
    </message>
    <message numerus="yes">
        <source>%n proposals, strongest first.</source>
        <translation>
            <numerusform>%n 条建议，最显著的在前。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added to the voice.</source>
        <translation>
            <numerusform>已向口吻添加 %n 项。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coinage::gui::VoicesPanel</name>
    <message>
        <source>Put the caret in a sentence to hear it in other voices.</source>
        <translation>把光标放进一句话里，听听它换成别人的口吻会怎么说。</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <source>Hidden (%1)</source>
        <translation>已隐藏（%1）</translation>
    </message>
</context>
<context>
    <name>coinage::gui::VoicesPreferencesPage</name>
    <message>
        <source>Voices</source>
        <translation>口吻</translation>
    </message>
</context>
</TS>
