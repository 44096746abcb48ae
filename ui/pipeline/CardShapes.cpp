// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardShapes.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>

namespace CardShapes {

namespace {
constexpr qreal kRadius = 8;
// A column shows a handful of sizes and colours; a theme or zoom change starts afresh.
constexpr qsizetype kMostShapes = 512;

enum class Kind
{
    Face,
    Rounded,
    Disc
};

// Plain numbers, not a text key: building a string per card cost as much as the blit.
struct ShapeKey
{
    Kind kind;
    int width;
    int height;
    qreal scale;
    qreal radius;
    qreal borderWidth;
    QRgb fill;
    QRgb border;
    QRgb shadow;
    QRgb stalled;
    friend bool operator==(const ShapeKey&, const ShapeKey&) = default;
};

size_t qHash(const ShapeKey& key, size_t seed = 0)
{
    return qHashMulti(seed,
                      int(key.kind),
                      key.width,
                      key.height,
                      key.scale,
                      key.radius,
                      key.borderWidth,
                      key.fill,
                      key.border,
                      key.shadow,
                      key.stalled);
}

QRgb rgbaOrNone(const QColor& colour)
{
    return colour.isValid() ? colour.rgba() : 0;
}

template <typename Draw>
QPixmap cached(const ShapeKey& key, const QSizeF& size, Draw draw)
{
    // The pixmaps themselves live in QPixmapCache, which Qt empties before the application
    // object goes (a QPixmap must not outlive it); here only the handles. GUI thread only.
    static QHash<ShapeKey, QPixmapCache::Key> handles;
    QPixmap pixmap;
    if (const auto found = handles.constFind(key); found != handles.cend() && QPixmapCache::find(*found, &pixmap)) {
        return pixmap;
    }
    if (handles.size() >= kMostShapes) {
        handles.clear();
    }
    pixmap = QPixmap((size * key.scale).toSize());
    pixmap.setDevicePixelRatio(key.scale);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        draw(painter);
    }
    handles.insert(key, QPixmapCache::insert(pixmap));
    return pixmap;
}
} // namespace

QPixmap face(const Face& face, qreal devicePixelRatio)
{
    const ShapeKey key{Kind::Face,
                       face.size.width(),
                       face.size.height(),
                       devicePixelRatio,
                       kRadius,
                       face.borderWidth,
                       rgbaOrNone(face.fill),
                       rgbaOrNone(face.border),
                       rgbaOrNone(face.shadow),
                       rgbaOrNone(face.stalled)};
    return cached(key, QSizeF(face.size) + QSizeF(0, 2), [&face](QPainter& painter) {
        const QRectF rect(QPointF(0, 0), QSizeF(face.size));
        if (face.shadow.isValid()) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(face.shadow);
            painter.drawRoundedRect(rect.translated(0, 1.5), kRadius, kRadius);
        }
        painter.setBrush(face.fill);
        painter.setPen(QPen(face.border, face.borderWidth));
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
        if (face.stalled.isValid()) {
            // A warm edge on the left: stalled deals stand out while scanning a column.
            QPainterPath clip;
            clip.addRoundedRect(rect, kRadius, kRadius);
            painter.setClipPath(clip);
            painter.fillRect(QRectF(0, 0, 4, rect.height()), face.stalled);
        }
    });
}

QPixmap roundedRect(const QSize& size, qreal radius, const QColor& fill, qreal devicePixelRatio)
{
    const ShapeKey key{
        Kind::Rounded, size.width(), size.height(), devicePixelRatio, radius, 0, rgbaOrNone(fill), 0, 0, 0};
    return cached(key, QSizeF(size), [&](QPainter& painter) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(QRectF(QPointF(0, 0), QSizeF(size)), radius, radius);
    });
}

QPixmap disc(int diameter, const QColor& fill, qreal devicePixelRatio)
{
    const ShapeKey key{Kind::Disc, diameter, diameter, devicePixelRatio, 0, 0, rgbaOrNone(fill), 0, 0, 0};
    return cached(key, QSizeF(diameter, diameter), [&](QPainter& painter) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawEllipse(QRectF(0, 0, diameter, diameter));
    });
}

} // namespace CardShapes
