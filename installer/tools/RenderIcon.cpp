// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Build tool: renders the application's SVG icon to the hicolor PNG sizes, so the PNGs are
// never out of date with the SVG. Usage: RenderIcon ICON.svg OUT_DIR NAME SIZE...
// writes OUT_DIR/<size>x<size>/apps/NAME.png for each size.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 5) {
        QTextStream(stderr) << "usage: RenderIcon ICON.svg OUT_DIR NAME SIZE...\n";
        return 2;
    }
    for (const QString& sizeText : args.mid(4)) {
        const int size = sizeText.toInt();
        QImageReader reader(args.at(1));
        reader.setScaledSize(QSize(size, size));
        QImage image = reader.read();
        if (image.isNull()) {
            QTextStream(stderr) << "cannot render " << args.at(1) << ": " << reader.errorString() << '\n';
            return 1;
        }
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        QDir().mkpath(dir);
        const QString path = dir + u'/' + args.at(3) + QStringLiteral(".png");
        if (!image.convertToFormat(QImage::Format_ARGB32).save(path, "PNG")) {
            QTextStream(stderr) << "cannot write " << path << '\n';
            return 1;
        }
    }
    return 0;
}
