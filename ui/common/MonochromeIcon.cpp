// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonochromeIcon.h"

#include <QIcon>
#include <QPainter>
#include <QPixmapCache>

namespace MonochromeIcon {

QPixmap pixmap(const QString& path, const QSize& size, const QColor& color, qreal devicePixelRatio)
{
    const QString cacheKey = QStringLiteral("mono:%1:%2x%3:%4:%5")
                                 .arg(path)
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(color.name(QColor::HexArgb))
                                 .arg(devicePixelRatio);
    QPixmap result;
    if (QPixmapCache::find(cacheKey, &result)) {
        return result;
    }
    const QSize deviceSize = (QSizeF(size) * devicePixelRatio).toSize();
    QImage image(deviceSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.drawPixmap(QRect(QPoint(0, 0), deviceSize), QIcon(path).pixmap(deviceSize));
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(image.rect(), color);
    }
    result = QPixmap::fromImage(image);
    result.setDevicePixelRatio(devicePixelRatio);
    QPixmapCache::insert(cacheKey, result);
    return result;
}

} // namespace MonochromeIcon
