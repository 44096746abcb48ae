-- SPDX-FileCopyrightText: 2026 Dealbench contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2: the rep's sheets. Strategy sheets (销售策略表, DOMAIN.md §3), one per
-- deal, with their child rows; account plans (客户经营计划表, §5) with the workspace's product
-- catalogue for the whitespace grid. The behaviour table (§2) lives in `interactions` (v1);
-- this version only adds the index its weekly summaries scan. Child rows carry their own
-- UUID and sort_order so two reps' edits of one sheet merge row by row.

CREATE INDEX interactions_time ON interactions(scheduled_at);

CREATE TABLE strategy_sheets (
    id TEXT PRIMARY KEY NOT NULL,
    deal_id TEXT NOT NULL REFERENCES deals(id),
    -- single sales objective: what, how much, by when
    objective TEXT NOT NULL DEFAULT '',
    objective_amount_minor INTEGER,
    objective_currency TEXT NOT NULL DEFAULT '',
    objective_by TEXT,
    -- customer interest in us
    compelling_event TEXT NOT NULL DEFAULT '',
    urgency TEXT NOT NULL DEFAULT '' CHECK (urgency IN ('', 'low', 'medium', 'high')),
    budgeted TEXT NOT NULL DEFAULT '' CHECK (budgeted IN ('', 'yes', 'no')),
    process_known INTEGER NOT NULL DEFAULT 0 CHECK (process_known IN (0, 1)),
    timeline_known INTEGER NOT NULL DEFAULT 0 CHECK (timeline_known IN (0, 1)),
    -- the five pursue-or-drop checks: '' unanswered, 'pursue' or 'drop'
    q_sponsor TEXT NOT NULL DEFAULT '' CHECK (q_sponsor IN ('', 'pursue', 'drop')),
    q_problem TEXT NOT NULL DEFAULT '' CHECK (q_problem IN ('', 'pursue', 'drop')),
    q_competition TEXT NOT NULL DEFAULT '' CHECK (q_competition IN ('', 'pursue', 'drop')),
    q_process TEXT NOT NULL DEFAULT '' CHECK (q_process IN ('', 'pursue', 'drop')),
    q_fit TEXT NOT NULL DEFAULT '' CHECK (q_fit IN ('', 'pursue', 'drop')),
    -- the five decision milestones: planned date and the day it was reached (NULL: not yet)
    m_problem_due TEXT,
    m_problem_done TEXT,
    m_criteria_due TEXT,
    m_criteria_done TEXT,
    m_stakeholders_due TEXT,
    m_stakeholders_done TEXT,
    m_budget_due TEXT,
    m_budget_done TEXT,
    m_business_case_due TEXT,
    m_business_case_done TEXT,
    -- deal economics
    gross_margin_pct REAL,
    discount_pct REAL,
    custom_work TEXT NOT NULL DEFAULT '',
    cac_payback_months INTEGER CHECK (cac_payback_months >= 0),
    expansion_potential TEXT NOT NULL DEFAULT '',
    non_financial_value TEXT NOT NULL DEFAULT '',
    -- manager assessment next to the rep's
    rep_win_probability INTEGER CHECK (rep_win_probability BETWEEN 0 AND 100),
    manager_win_probability INTEGER CHECK (manager_win_probability BETWEEN 0 AND 100),
    manager_decision TEXT NOT NULL DEFAULT '' CHECK (manager_decision IN ('', 'invest', 'hold', 'drop')),
    resources_granted TEXT NOT NULL DEFAULT '',
    manager_note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX strategy_sheets_deal ON strategy_sheets(deal_id) WHERE deleted = 0;

CREATE TABLE strategy_stakeholders (
    id TEXT PRIMARY KEY NOT NULL,
    sheet_id TEXT NOT NULL REFERENCES strategy_sheets(id),
    sort_order INTEGER NOT NULL DEFAULT 0,
    contact_id TEXT REFERENCES contacts(id),
    name TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    org_level TEXT NOT NULL DEFAULT 'unknown'
        CHECK (org_level IN ('unknown', 'executive', 'senior', 'middle', 'staff')),
    role TEXT NOT NULL DEFAULT ''
        CHECK (role IN ('', 'economic_buyer', 'technical_evaluator', 'user', 'champion', 'gatekeeper',
                        'influencer')),
    influence TEXT NOT NULL DEFAULT '' CHECK (influence IN ('', 'high', 'medium', 'low')),
    attitude TEXT NOT NULL DEFAULT ''
        CHECK (attitude IN ('', 'champion', 'supporter', 'neutral', 'sceptic', 'opponent')),
    contacted INTEGER NOT NULL DEFAULT 0 CHECK (contacted IN (0, 1)),
    org_result TEXT NOT NULL DEFAULT '',
    personal_win TEXT NOT NULL DEFAULT '',
    preferred_vendor TEXT NOT NULL DEFAULT '',
    relationship_strength INTEGER CHECK (relationship_strength BETWEEN 1 AND 5),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX strategy_stakeholders_sheet ON strategy_stakeholders(sheet_id, sort_order);

-- missing information (open questions) and red flags
CREATE TABLE strategy_open_items (
    id TEXT PRIMARY KEY NOT NULL,
    sheet_id TEXT NOT NULL REFERENCES strategy_sheets(id),
    sort_order INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL DEFAULT 'question' CHECK (kind IN ('question', 'red_flag')),
    text TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX strategy_open_items_sheet ON strategy_open_items(sheet_id, sort_order);

CREATE TABLE strategy_competitors (
    id TEXT PRIMARY KEY NOT NULL,
    sheet_id TEXT NOT NULL REFERENCES strategy_sheets(id),
    sort_order INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    strengths TEXT NOT NULL DEFAULT '',
    weaknesses TEXT NOT NULL DEFAULT '',
    supporters TEXT NOT NULL DEFAULT '',
    strategy TEXT NOT NULL DEFAULT ''
        CHECK (strategy IN ('', 'differentiate', 'reframe', 'price', 'withdraw')),
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX strategy_competitors_sheet ON strategy_competitors(sheet_id, sort_order);

-- promise boundaries: anything beyond standard, with who approved it
CREATE TABLE strategy_promises (
    id TEXT PRIMARY KEY NOT NULL,
    sheet_id TEXT NOT NULL REFERENCES strategy_sheets(id),
    sort_order INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL DEFAULT 'other'
        CHECK (kind IN ('pricing', 'customisation', 'timeline', 'roadmap', 'other')),
    description TEXT NOT NULL DEFAULT '',
    approved_by TEXT NOT NULL DEFAULT '',
    approved_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX strategy_promises_sheet ON strategy_promises(sheet_id, sort_order);

CREATE TABLE strategy_actions (
    id TEXT PRIMARY KEY NOT NULL,
    sheet_id TEXT NOT NULL REFERENCES strategy_sheets(id),
    sort_order INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    resource TEXT NOT NULL DEFAULT ''
        CHECK (resource IN ('', 'solution_engineer', 'executive_sponsor', 'legal', 'discount_approval', 'other')),
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX strategy_actions_sheet ON strategy_actions(sheet_id, sort_order);

-- our products and services: the columns of every account's whitespace grid
CREATE TABLE products (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE account_plans (
    id TEXT PRIMARY KEY NOT NULL,
    account_id TEXT NOT NULL REFERENCES accounts(id),
    strategic INTEGER NOT NULL DEFAULT 0 CHECK (strategic IN (0, 1)),
    customer_strategy TEXT NOT NULL DEFAULT '',
    goals TEXT NOT NULL DEFAULT '',
    seats INTEGER CHECK (seats >= 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX account_plans_account ON account_plans(account_id) WHERE deleted = 0;

CREATE TABLE account_departments (
    id TEXT PRIMARY KEY NOT NULL,
    plan_id TEXT NOT NULL REFERENCES account_plans(id),
    sort_order INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX account_departments_plan ON account_departments(plan_id, sort_order);

-- a cell of the whitespace grid; a missing cell means "not assessed"
CREATE TABLE account_whitespace (
    id TEXT PRIMARY KEY NOT NULL,
    plan_id TEXT NOT NULL REFERENCES account_plans(id),
    sort_order INTEGER NOT NULL DEFAULT 0,
    department_id TEXT NOT NULL REFERENCES account_departments(id),
    product_id TEXT NOT NULL REFERENCES products(id),
    state TEXT NOT NULL CHECK (state IN ('using', 'opportunity', 'not_fit')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX account_whitespace_plan ON account_whitespace(plan_id);

-- revenue target per year; the actual comes from won deals
CREATE TABLE account_revenue_targets (
    id TEXT PRIMARY KEY NOT NULL,
    plan_id TEXT NOT NULL REFERENCES account_plans(id),
    sort_order INTEGER NOT NULL DEFAULT 0,
    year INTEGER NOT NULL,
    target_minor INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX account_revenue_targets_plan ON account_revenue_targets(plan_id, year);

CREATE TABLE account_joint_actions (
    id TEXT PRIMARY KEY NOT NULL,
    plan_id TEXT NOT NULL REFERENCES account_plans(id),
    sort_order INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    our_owner TEXT NOT NULL DEFAULT '',
    their_owner TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX account_joint_actions_plan ON account_joint_actions(plan_id, sort_order);

-- who on our side holds the relationship with which contact, and how strong it is
CREATE TABLE account_relationships (
    id TEXT PRIMARY KEY NOT NULL,
    plan_id TEXT NOT NULL REFERENCES account_plans(id),
    sort_order INTEGER NOT NULL DEFAULT 0,
    contact_id TEXT NOT NULL REFERENCES contacts(id),
    our_person TEXT NOT NULL DEFAULT '',
    strength INTEGER CHECK (strength BETWEEN 1 AND 5),
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX account_relationships_plan ON account_relationships(plan_id, sort_order);
