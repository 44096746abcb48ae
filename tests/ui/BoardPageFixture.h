// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>

#include <memory>

class PipelineBoardPage;
class QUndoStack;
class Settings;
class Workspace;

// The pipeline board on `workspace`, shown as the active window at `size`: the board's GUI
// tests drive it with QTest events, which go to the active window only.
std::unique_ptr<PipelineBoardPage>
showBoardPage(Workspace& workspace, Settings& settings, QUndoStack& stack, const QSize& size);
