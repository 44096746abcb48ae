// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/V2mom.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

class Workspace;

// One edit of a V2MOM sheet as a before/after pair of whole sheets. No `before`: the sheet
// is created (give it an id first, so that undo and redo address the same rows); no
// `after`: it is removed. A failed save is reported through the error handler
// and, on the first redo, makes the command obsolete so the stack drops it.
class V2momSheetCommand final : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString& message)>;

    V2momSheetCommand(Workspace& workspace,
                      std::optional<V2momSheet> before,
                      std::optional<V2momSheet> after,
                      const QString& text,
                      ErrorHandler onError = {});
    void redo() override;
    void undo() override;

private:
    bool apply(const std::optional<V2momSheet>& sheet, const std::optional<V2momSheet>& other);

    Workspace& m_workspace;
    std::optional<V2momSheet> m_before;
    std::optional<V2momSheet> m_after;
    ErrorHandler m_onError;
};
