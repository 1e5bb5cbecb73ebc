<?xml version="1.0" encoding="UTF-8"?>
<!-- Shows an RSS feed opened in a browser as a readable Chinese page (where the browser still applies XSLT). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8" indent="yes"/>
  <xsl:template match="/">
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="/rss/channel/title"/>（RSS 订阅源）</title>
        <style>
          body { font-family: system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif; font-size: 18px; line-height: 1.8; max-width: 40em; margin: 0 auto; padding: 1em; color: #1a1a1a; }
          .note { background: #fff3cd; color: #4d3800; padding: 1em; border-left: 6px solid currentColor; }
          a { color: #0b4a8b; }
          li { margin: 0.75em 0; }
          .date { color: #4a4a4a; font-size: 16px; }
        </style>
      </head>
      <body>
        <p class="note">这是一个 RSS 订阅源，供阅读器软件使用。把本页网址复制到 RSS 阅读器里即可订阅。<a href="/feeds/">怎样订阅？看图文说明</a></p>
        <h1><xsl:value-of select="/rss/channel/title"/></h1>
        <p><xsl:value-of select="/rss/channel/description"/></p>
        <ul>
          <xsl:for-each select="/rss/channel/item">
            <li>
              <a><xsl:attribute name="href"><xsl:value-of select="link"/></xsl:attribute><xsl:value-of select="title"/></a>
              <div class="date"><xsl:value-of select="pubDate"/></div>
            </li>
          </xsl:for-each>
        </ul>
        <p><a><xsl:attribute name="href"><xsl:value-of select="/rss/channel/link"/></xsl:attribute>返回网站</a></p>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
