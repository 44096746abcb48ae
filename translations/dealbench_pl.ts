<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Dealbench</source>
            <translation>O programie Dealbench</translation>
        </message>
        <message>
            <source>Dealbench</source>
            <translation>Dealbench</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Wersja %1</translation>
        </message>
        <message>
            <source>A sales-pipeline workstation for reps and their managers, on one local file per workspace.</source>
            <translation>Stanowisko pracy z lejkiem sprzedaży dla handlowców i ich kierowników — jeden lokalny plik na przestrzeń roboczą.</translation>
        </message>
        <message>
            <source>Built with Qt %1, running on Qt %2.</source>
            <translation>Zbudowano z Qt %1, działa na Qt %2.</translation>
        </message>
    </context>
    <context>
        <name>AccountListModel</name>
        <message>
            <source>★ strategic</source>
            <translation>★ strategiczny</translation>
        </message>
        <message>
            <source>plan</source>
            <translation>plan</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Branża</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Pracownicy</translation>
        </message>
    </context>
    <context>
        <name>AccountPlan</name>
        <message>
            <source>Using</source>
            <translation>Korzysta</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>Szansa</translation>
        </message>
        <message>
            <source>Not a fit</source>
            <translation>Nie pasuje</translation>
        </message>
    </context>
    <context>
        <name>AccountPlanService</name>
        <message>
            <source>An account plan belongs to an account.</source>
            <translation>Plan klienta musi należeć do klienta.</translation>
        </message>
        <message>
            <source>Seats cannot be negative.</source>
            <translation>Liczba stanowisk nie może być ujemna.</translation>
        </message>
        <message>
            <source>A revenue target needs a currency.</source>
            <translation>Cel przychodu wymaga waluty.</translation>
        </message>
        <message>
            <source>There is one revenue target per year.</source>
            <translation>Na rok przypada jeden cel przychodu.</translation>
        </message>
        <message>
            <source>A relationship needs a contact.</source>
            <translation>Relacja wymaga osoby kontaktowej.</translation>
        </message>
        <message>
            <source>Relationship strength goes from 1 to 5.</source>
            <translation>Siła relacji wynosi od 1 do 5.</translation>
        </message>
        <message>
            <source>The account no longer exists.</source>
            <translation>Ten klient już nie istnieje.</translation>
        </message>
        <message>
            <source>The account has a plan already.</source>
            <translation>Ten klient ma już plan.</translation>
        </message>
        <message>
            <source>The account has no plan.</source>
            <translation>Ten klient nie ma planu.</translation>
        </message>
        <message>
            <source>A product needs a name.</source>
            <translation>Produkt musi mieć nazwę.</translation>
        </message>
        <message>
            <source>A revenue target</source>
            <translation>Cel przychodu</translation>
        </message>
        <message>
            <source>A target's year</source>
            <translation>Rok celu</translation>
        </message>
        <message>
            <source>The customer's strategy</source>
            <translation>Strategia klienta</translation>
        </message>
        <message>
            <source>The goals</source>
            <translation>Cele</translation>
        </message>
    </context>
    <context>
        <name>AccountPlanWidget</name>
        <message>
            <source>&amp;Mark strategic and start a plan</source>
            <translation>&amp;Oznacz jako strategicznego i zacznij plan</translation>
        </message>
        <message>
            <source>&amp;Strategic account: worth growing over years</source>
            <translation>Klient &amp;strategiczny: warto go rozwijać latami</translation>
        </message>
        <message>
            <source>Mark the account strategic</source>
            <translation>Oznacz klienta jako strategicznego</translation>
        </message>
        <message>
            <source>The customer's strategy and our goals</source>
            <translation>Strategia klienta i nasze cele</translation>
        </message>
        <message>
            <source>Their strategy and goals for the next years</source>
            <translation>Ich strategia i cele na najbliższe lata</translation>
        </message>
        <message>
            <source>Edit the customer's strategy</source>
            <translation>Edytuj strategię klienta</translation>
        </message>
        <message>
            <source>Where our products map to it; what we want to reach</source>
            <translation>Gdzie pasują nasze produkty; co chcemy osiągnąć</translation>
        </message>
        <message>
            <source>Edit our goals</source>
            <translation>Edytuj nasze cele</translation>
        </message>
        <message>
            <source>Customer strategy</source>
            <translation>Strategia klienta</translation>
        </message>
        <message>
            <source>Our goals</source>
            <translation>Nasze cele</translation>
        </message>
        <message>
            <source>Whitespace: departments × our products</source>
            <translation>Białe plamy: działy × nasze produkty</translation>
        </message>
        <message>
            <source>Add department</source>
            <translation>Dodaj dział</translation>
        </message>
        <message>
            <source>Remove department</source>
            <translation>Usuń dział</translation>
        </message>
        <message>
            <source>Remove a department</source>
            <translation>Usuń dział</translation>
        </message>
        <message>
            <source>Our products and services (grid columns)</source>
            <translation>Nasze produkty i usługi (kolumny siatki)</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>Nowy produkt</translation>
        </message>
        <message>
            <source>Penetration</source>
            <translation>Penetracja</translation>
        </message>
        <message>
            <source>Edit the seats</source>
            <translation>Edytuj liczbę stanowisk</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Stanowiska</translation>
        </message>
        <message>
            <source>Revenue per year</source>
            <translation>Przychód w roku</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cel</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Rok</translation>
        </message>
        <message>
            <source>Won (actual)</source>
            <translation>Wygrane (faktycznie)</translation>
        </message>
        <message>
            <source>%1 (some wins lack an exchange rate)</source>
            <translation>%1 (części wygranych brakuje kursu waluty)</translation>
        </message>
        <message>
            <source>Set a revenue target</source>
            <translation>Ustaw cel przychodu</translation>
        </message>
        <message>
            <source>Add a revenue target</source>
            <translation>Dodaj cel przychodu</translation>
        </message>
        <message>
            <source>Remove a revenue target</source>
            <translation>Usuń cel przychodu</translation>
        </message>
        <message>
            <source>Joint actions (our team and theirs)</source>
            <translation>Wspólne działania (nasz zespół i ich)</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Działanie</translation>
        </message>
        <message>
            <source>Our owner</source>
            <translation>Nasz opiekun</translation>
        </message>
        <message>
            <source>Their owner</source>
            <translation>Ich opiekun</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Zrobione</translation>
        </message>
        <message>
            <source>Edit a joint action</source>
            <translation>Edytuj wspólne działanie</translation>
        </message>
        <message>
            <source>New joint action</source>
            <translation>Nowe wspólne działanie</translation>
        </message>
        <message>
            <source>Add a joint action</source>
            <translation>Dodaj wspólne działanie</translation>
        </message>
        <message>
            <source>Remove a joint action</source>
            <translation>Usuń wspólne działanie</translation>
        </message>
        <message>
            <source>Relationship map by org level</source>
            <translation>Mapa relacji według poziomów organizacji</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Siła</translation>
        </message>
        <message>
            <source>Our person</source>
            <translation>Nasza osoba</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <source>Edit a relationship</source>
            <translation>Edytuj relację</translation>
        </message>
        <message>
            <source>Account plan</source>
            <translation>Plan klienta</translation>
        </message>
        <message>
            <source>The account has no contacts to relate to yet.</source>
            <translation>Ten klient nie ma jeszcze kontaktów do powiązania.</translation>
        </message>
        <message>
            <source>Add a relationship</source>
            <translation>Dodaj relację</translation>
        </message>
        <message>
            <source>Remove a relationship</source>
            <translation>Usuń relację</translation>
        </message>
        <message>
            <source>Choose an account to see its plan.</source>
            <translation>Wybierz klienta, aby zobaczyć jego plan.</translation>
        </message>
        <message>
            <source>%1 has no account plan. Not every customer should be kept or grown: plan the strategic ones.</source>
            <translation>%1 nie ma planu klienta. Nie każdego klienta warto utrzymywać i rozwijać: planuj strategicznych.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 employees</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 pracowników</translation>
        </message>
        <message>
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <source>%1 of %2 departments use us; %3 open opportunities in the grid.</source>
            <translation>%1 z %2 działów korzysta z nas; %3 otwartych szans w siatce.</translation>
        </message>
        <message>
            <source>Seats cover %1 % of the employees.</source>
            <translation>Stanowiska obejmują %1 % pracowników.</translation>
        </message>
        <message>
            <source>Two or more departments: time for a top-down deal.</source>
            <translation>Dwa działy lub więcej: czas na umowę odgórną.</translation>
        </message>
        <message>
            <source>A product needs a name.</source>
            <translation>Produkt musi mieć nazwę.</translation>
        </message>
        <message>
            <source>Edit the products</source>
            <translation>Edytuj produkty</translation>
        </message>
        <message>
            <source>Start an account plan</source>
            <translation>Zacznij plan klienta</translation>
        </message>
        <message>
            <source>New department</source>
            <translation>Nowy dział</translation>
        </message>
        <message>
            <source>Add a department</source>
            <translation>Dodaj dział</translation>
        </message>
    </context>
    <context>
        <name>AccountsPage</name>
        <message>
            <source>S&amp;trategic only</source>
            <translation>&amp;Tylko strategiczni</translation>
        </message>
        <message>
            <source>Search accounts</source>
            <translation>Szukaj klientów</translation>
        </message>
    </context>
    <context>
        <name>AccuracyModel</name>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Zespół</translation>
        </message>
        <message>
            <source>Forecast %1 too high</source>
            <translation>Prognoza za wysoka o %1</translation>
        </message>
        <message>
            <source>Forecast %1 too low</source>
            <translation>Prognoza za niska o %1</translation>
        </message>
        <message>
            <source>Closed so far plus commit when the review started</source>
            <translation>Dotąd zamknięte plus pewne w chwili rozpoczęcia przeglądu</translation>
        </message>
        <message>
            <source>Review of</source>
            <translation>Przegląd z</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Okres</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>Handlowiec</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Prognoza</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Zamknięte</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Trafność</translation>
        </message>
    </context>
    <context>
        <name>ActionRegistry</name>
        <message>
            <source>&amp;New Workspace…</source>
            <translation>&amp;Nowa przestrzeń robocza…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Otwórz…</translation>
        </message>
        <message>
            <source>Save a &amp;Copy As…</source>
            <translation>Zapisz &amp;kopię jako…</translation>
        </message>
        <message>
            <source>&amp;Restore from Backup…</source>
            <translation>&amp;Przywróć z kopii zapasowej…</translation>
        </message>
        <message>
            <source>&amp;Close Workspace</source>
            <translation>&amp;Zamknij przestrzeń roboczą</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Za&amp;kończ</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Cofnij</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ponów</translation>
        </message>
        <message>
            <source>&amp;About Dealbench</source>
            <translation>&amp;O programie Dealbench</translation>
        </message>
        <message>
            <source>&amp;Welcome</source>
            <translation>&amp;Ekran powitalny</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencje…</translation>
        </message>
        <message>
            <source>&amp;User Guide</source>
            <translation>Podręcznik &amp;użytkownika</translation>
        </message>
        <message>
            <source>Write a consistent copy of the open workspace to another file</source>
            <translation>Zapisz spójną kopię otwartej przestrzeni roboczej do innego pliku</translation>
        </message>
        <message>
            <source>Go back to one of the automatic backups of the open workspace</source>
            <translation>Wróć do jednej z automatycznych kopii otwartej przestrzeni roboczej</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Plik</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edycja</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Widok</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Pomo&amp;c</translation>
        </message>
        <message>
            <source>Co&amp;mpact Workspace…</source>
            <translation>Ko&amp;mpaktuj przestrzeń roboczą…</translation>
        </message>
        <message>
            <source>Write the open workspace's file afresh, without unused space</source>
            <translation>Zapisz plik otwartej przestrzeni roboczej od nowa, bez nieużywanego miejsca</translation>
        </message>
    </context>
    <context>
        <name>ActivityChart</name>
        <message>
            <source>None of the %1 open deals has a strategy sheet, so there are no decision milestones to measure progress by.</source>
            <translation>Żadna z %1 otwartych szans nie ma arkusza strategii, więc nie ma kamieni milowych decyzji, którymi można mierzyć postęp.</translation>
        </message>
        <message>
            <source>No open deals with a strategy sheet for this filter.</source>
            <translation>Brak otwartych szans z arkuszem strategii dla tego filtra.</translation>
        </message>
        <message>
            <source>Interactions held in the period</source>
            <translation>Interakcje w okresie</translation>
        </message>
        <message>
            <source>Decision milestones reached (%)</source>
            <translation>Osiągnięte kamienie milowe decyzji (%)</translation>
        </message>
        <message>
            <source>Progress in the period</source>
            <translation>Postęp w okresie</translation>
        </message>
        <message>
            <source>No progress, little activity</source>
            <translation>Brak postępu, mało aktywności</translation>
        </message>
        <message>
            <source>Busy without progress</source>
            <translation>Dużo pracy, brak postępu</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;Interactions in the period: %4&lt;br&gt;Milestones reached: %5 of 5 (%6 in the period)</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;Interakcje w okresie: %4&lt;br&gt;Osiągnięte kamienie milowe: %5 z 5 (%6 w okresie)</translation>
        </message>
        <message>
            <source>%1 open deals with a strategy sheet. Red: %2 deals (%3) with at least %4 interactions in the period and no decision milestone reached in it: activity, not progress.</source>
            <translation>%1 otwartych szans z arkuszem strategii. Na czerwono: %2 szans (%3) z co najmniej %4 interakcjami w okresie i bez osiągniętego w nim kamienia milowego — aktywność, nie postęp.</translation>
        </message>
        <message>
            <source>%1 open deals have no strategy sheet and are not shown.</source>
            <translation>%1 otwartych szans nie ma arkusza strategii i nie są pokazane.</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Could not write %1.</source>
            <translation>Nie można zapisać %1.</translation>
        </message>
    </context>
    <context>
        <name>AreaCatalog</name>
        <message>
            <source>Pipeline</source>
            <translation>Lejek sprzedaży</translation>
        </message>
        <message>
            <source>Behaviour</source>
            <translation>Działania</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Strategia</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Klienci</translation>
        </message>
        <message>
            <source>Funnel &amp; Review</source>
            <translation>Lejek i przegląd</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Wykresy</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Cele</translation>
        </message>
        <message>
            <source>A kanban board of open deals by stage: drag cards between stages, see stalled deals and the weighted value of every column.</source>
            <translation>Tablica kanban otwartych szans według etapów: przeciągaj karty między etapami, zobacz zastałe szanse i ważoną wartość każdej kolumny.</translation>
        </message>
        <message>
            <source>The behaviour table: every customer interaction with its plan (objective, conversation logic) and its review (outcome, next step, coaching), plus the week planner.</source>
            <translation>Tabela działań: każda interakcja z klientem z planem (cel, przebieg rozmowy) i podsumowaniem (wynik, następny krok, coaching) oraz planer tygodnia.</translation>
        </message>
        <message>
            <source>One strategy sheet per deal: the buying centre, missing information, competition and the pursue-or-drop qualification.</source>
            <translation>Jeden arkusz strategii na szansę: centrum zakupowe, brakujące informacje, konkurencja i kwalifikacja „kontynuować czy odpuścić”.</translation>
        </message>
        <message>
            <source>Accounts and their contacts, and account plans for strategic customers over the coming years.</source>
            <translation>Klienci i ich kontakty oraz plany klientów strategicznych na najbliższe lata.</translation>
        </message>
        <message>
            <source>The funnel table of the team's deals over a period and the weekly review: what changed, what slipped, and how accurate the forecast was.</source>
            <translation>Tabela lejka szans zespołu w okresie i przegląd tygodniowy: co się zmieniło, co się przesunęło i jak trafna była prognoza.</translation>
        </message>
        <message>
            <source>Funnel, flow, velocity, conversion and forecast charts, the same ones the reports print.</source>
            <translation>Wykresy lejka, przepływu, tempa, konwersji i prognozy — te same, które drukują raporty.</translation>
        </message>
        <message>
            <source>V2MOM goal sheets: vision, values, methods, obstacles and measures, cascading from each manager to the team.</source>
            <translation>Arkusze celów V2MOM: wizja, wartości, metody, przeszkody i miary, kaskadowo od każdego kierownika do zespołu.</translation>
        </message>
    </context>
    <context>
        <name>AreaPlaceholder</name>
        <message>
            <source>Coming soon — this area lands with its own issue.</source>
            <translation>Wkrótce — ten obszar pojawi się w kolejnej wersji.</translation>
        </message>
    </context>
    <context>
        <name>AttentionModel</name>
        <message>
            <source>Close date %1</source>
            <translation>Data zamknięcia %1</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) in the stage</source>
            <translation>
                <numerusform>%n dzień w etapie</numerusform>
                <numerusform>%n dni w etapie</numerusform>
                <numerusform>%n dni w etapie</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Szansa</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Opiekun</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Kwota</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Powód</translation>
        </message>
    </context>
    <context>
        <name>AttentionReason</name>
        <message>
            <source>Stalled</source>
            <translation>Zastała</translation>
        </message>
        <message>
            <source>Moved back</source>
            <translation>Cofnięta</translation>
        </message>
        <message>
            <source>Close date slipped</source>
            <translation>Data zamknięcia przesunięta</translation>
        </message>
        <message>
            <source>Close date passed</source>
            <translation>Data zamknięcia minęła</translation>
        </message>
        <message>
            <source>Big deal without a champion</source>
            <translation>Duża szansa bez sojusznika</translation>
        </message>
    </context>
    <context>
        <name>BehaviourActions</name>
        <message>
            <source>Plan a visit</source>
            <translation>Zaplanuj wizytę</translation>
        </message>
    </context>
    <context>
        <name>BehaviourPage</name>
        <message>
            <source>&amp;Behaviour table</source>
            <translation>Tabela &amp;działań</translation>
        </message>
        <message>
            <source>&amp;Week planner</source>
            <translation>Planer &amp;tygodnia</translation>
        </message>
        <message>
            <source>&amp;Coaching</source>
            <translation>&amp;Coaching</translation>
        </message>
    </context>
    <context>
        <name>BehaviourTableModel</name>
        <message numerus="yes">
            <source>Week of %1: %n interaction(s), %2 with an objective</source>
            <translation>
                <numerusform>Tydzień od %1: %n interakcja, %2 z celem</numerusform>
                <numerusform>Tydzień od %1: %n interakcje, %2 z celem</numerusform>
                <numerusform>Tydzień od %1: %n interakcji, %2 z celem</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BehaviourTableWidget</name>
        <message>
            <source>Plan a visit</source>
            <translation>Zaplanuj wizytę</translation>
        </message>
        <message>
            <source>Log review</source>
            <translation>Zapisz podsumowanie</translation>
        </message>
        <message>
            <source>Remove interaction</source>
            <translation>Usuń interakcję</translation>
        </message>
        <message>
            <source>Plan a new interaction (Ctrl+Shift+N)</source>
            <translation>Zaplanuj nową interakcję (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>Fill the review half of the selected interaction (Ctrl+Shift+R)</source>
            <translation>Wypełnij podsumowanie wybranej interakcji (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>◀</source>
            <translation>◀</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>Poprzedni okres</translation>
        </message>
        <message>
            <source>▶</source>
            <translation>▶</translation>
        </message>
        <message>
            <source>Next period</source>
            <translation>Następny okres</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Ten tydzień</translation>
        </message>
        <message>
            <source>1 week</source>
            <translation>1 tydzień</translation>
        </message>
        <message>
            <source>4 weeks</source>
            <translation>4 tygodnie</translation>
        </message>
        <message>
            <source>12 weeks</source>
            <translation>12 tygodni</translation>
        </message>
        <message>
            <source>All dates</source>
            <translation>Wszystkie daty</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>Handlowiec</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Wszystkie typy</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>Wszystkie wyniki</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Szansa</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>&amp;Group by week</source>
            <translation>&amp;Grupuj według tygodni</translation>
        </message>
        <message>
            <source>All reps</source>
            <translation>Wszyscy handlowcy</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message numerus="yes">
            <source>%n interaction(s)</source>
            <translation>
                <numerusform>%n interakcja</numerusform>
                <numerusform>%n interakcje</numerusform>
                <numerusform>%n interakcji</numerusform>
            </translation>
        </message>
        <message>
            <source> (the first %1 of the period; narrow the filter)</source>
            <translation> (pierwsze %1 z okresu; zawęź filtr)</translation>
        </message>
    </context>
    <context>
        <name>BehaviourText</name>
        <message>
            <source>Visit</source>
            <translation>Wizyta</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Rozmowa telefoniczna</translation>
        </message>
        <message>
            <source>Video meeting</source>
            <translation>Spotkanie wideo</translation>
        </message>
        <message>
            <source>Demo</source>
            <translation>Prezentacja</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Warsztat</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Wydarzenie</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Zaplanowana</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Potwierdzona</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Odbyta</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Odwołana</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Nieobecność</translation>
        </message>
        <message>
            <source>Not reviewed</source>
            <translation>Bez podsumowania</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Osiągnięty</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>Częściowo</translation>
        </message>
        <message>
            <source>Not achieved</source>
            <translation>Nieosiągnięty</translation>
        </message>
        <message>
            <source>No objective</source>
            <translation>Brak celu</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>Czeka na podsumowanie</translation>
        </message>
        <message>
            <source>Deal has no next step</source>
            <translation>Szansa nie ma następnego kroku</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>Planowanie</translation>
        </message>
        <message>
            <source>Questioning</source>
            <translation>Zadawanie pytań</translation>
        </message>
        <message>
            <source>Presenting value</source>
            <translation>Prezentowanie wartości</translation>
        </message>
        <message>
            <source>Handling objections</source>
            <translation>Radzenie sobie z obiekcjami</translation>
        </message>
        <message>
            <source>Gaining commitment</source>
            <translation>Uzyskiwanie zobowiązań</translation>
        </message>
        <message>
            <source>Date and time of the interaction</source>
            <translation>Data i godzina interakcji</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>Handlowiec</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Szansa</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>The customer's people who were met</source>
            <translation>Osoby klienta, z którymi się spotkano</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakty</translation>
        </message>
        <message>
            <source>State of the appointment (约访)</source>
            <translation>Stan umówionego spotkania</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>Umówienie</translation>
        </message>
        <message>
            <source>How the meeting was secured</source>
            <translation>Jak uzyskano spotkanie</translation>
        </message>
        <message>
            <source>How secured</source>
            <translation>Jak umówiono</translation>
        </message>
        <message>
            <source>Action objective (行动目标): the commitment we want from the customer</source>
            <translation>Cel spotkania: zobowiązanie, którego chcemy od klienta</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Cel</translation>
        </message>
        <message>
            <source>The minimum acceptable objective</source>
            <translation>Minimalny akceptowalny cel</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>Minimum</translation>
        </message>
        <message>
            <source>Conversation logic (会谈逻辑): opening, questions, what to show</source>
            <translation>Przebieg rozmowy: otwarcie, pytania, co pokazać</translation>
        </message>
        <message>
            <source>Conversation logic</source>
            <translation>Przebieg rozmowy</translation>
        </message>
        <message>
            <source>Customer needs (客户需求) discovered or confirmed</source>
            <translation>Potrzeby klienta odkryte lub potwierdzone</translation>
        </message>
        <message>
            <source>Customer needs</source>
            <translation>Potrzeby klienta</translation>
        </message>
        <message>
            <source>Advantages that moved the customer (打动客户的优势)</source>
            <translation>Atuty, które przekonały klienta</translation>
        </message>
        <message>
            <source>Advantages</source>
            <translation>Atuty</translation>
        </message>
        <message>
            <source>Was the action objective achieved?</source>
            <translation>Czy cel spotkania został osiągnięty?</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Wynik</translation>
        </message>
        <message>
            <source>The commitment obtained</source>
            <translation>Uzyskane zobowiązanie</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Zobowiązanie</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Następny krok</translation>
        </message>
        <message>
            <source>Next step date</source>
            <translation>Data następnego kroku</translation>
        </message>
        <message>
            <source>The manager's coaching note</source>
            <translation>Notatka coachingowa kierownika</translation>
        </message>
        <message>
            <source>Coaching note</source>
            <translation>Notatka coachingowa</translation>
        </message>
        <message>
            <source>Skill rating 1-5: %1</source>
            <translation>Ocena umiejętności 1–5: %1</translation>
        </message>
        <message>
            <source>No objective yet, review due after the date, deal without next step</source>
            <translation>Brak celu, podsumowanie zaległe po terminie, szansa bez następnego kroku</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Flagi</translation>
        </message>
    </context>
    <context>
        <name>BoardFilterBar</name>
        <message>
            <source>Stalled</source>
            <translation>Zastała</translation>
        </message>
        <message>
            <source>Only deals longer in their stage than its rotting days, without contact</source>
            <translation>Tylko szanse dłużej w etapie, niż pozwala jego limit dni, bez kontaktu</translation>
        </message>
        <message>
            <source>No next step</source>
            <translation>Brak następnego kroku</translation>
        </message>
        <message>
            <source>Only open deals without a planned interaction</source>
            <translation>Tylko otwarte szanse bez zaplanowanej interakcji</translation>
        </message>
        <message>
            <source>Search deals and accounts</source>
            <translation>Szukaj szans i klientów</translation>
        </message>
        <message>
            <source>Any close date</source>
            <translation>Dowolna data zamknięcia</translation>
        </message>
        <message>
            <source>Closing this month</source>
            <translation>Zamykane w tym miesiącu</translation>
        </message>
        <message>
            <source>Closing this quarter</source>
            <translation>Zamykane w tym kwartale</translation>
        </message>
        <message>
            <source>Closing next quarter</source>
            <translation>Zamykane w następnym kwartale</translation>
        </message>
        <message>
            <source>Custom range…</source>
            <translation>Własny zakres…</translation>
        </message>
        <message>
            <source>Sort: close date</source>
            <translation>Sortuj: data zamknięcia</translation>
        </message>
        <message>
            <source>Sort: amount</source>
            <translation>Sortuj: kwota</translation>
        </message>
        <message>
            <source>Sort: time in stage</source>
            <translation>Sortuj: czas w etapie</translation>
        </message>
        <message>
            <source>Everyone's deals</source>
            <translation>Szanse wszystkich</translation>
        </message>
        <message>
            <source>My deals</source>
            <translation>Moje szanse</translation>
        </message>
    </context>
    <context>
        <name>BuyingCentreMap</name>
        <message>
            <source>EB</source>
            <translation>DF</translation>
        </message>
        <message>
            <source>TE</source>
            <translation>OT</translation>
        </message>
        <message>
            <source>U</source>
            <translation>U</translation>
        </message>
        <message>
            <source>C</source>
            <translation>S</translation>
        </message>
        <message>
            <source>G</source>
            <translation>B</translation>
        </message>
        <message>
            <source>I</source>
            <translation>W</translation>
        </message>
        <message>
            <source>Buying centre map</source>
            <translation>Mapa centrum zakupowego</translation>
        </message>
        <message>
            <source>High influence</source>
            <translation>Duży wpływ</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Średni</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Mały</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Nieznany</translation>
        </message>
        <message>
            <source>Opponent</source>
            <translation>Przeciwnik</translation>
        </message>
        <message>
            <source>Sceptic</source>
            <translation>Sceptyk</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Neutralny</translation>
        </message>
        <message>
            <source>Supporter</source>
            <translation>Zwolennik</translation>
        </message>
        <message>
            <source>Champion</source>
            <translation>Sojusznik</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(bez nazwy)</translation>
        </message>
        <message>
            <source>Filled: contacted · dashed: not contacted yet · EB economic buyer, TE technical evaluator, U user, C coach-champion, G gatekeeper, I influencer</source>
            <translation>Wypełnione: był kontakt · przerywane: jeszcze bez kontaktu · DF decydent finansowy, OT oceniający techniczny, U użytkownik, S sojusznik-coach, B bramkarz, W wpływowy</translation>
        </message>
        <message>
            <source>No stakeholders yet: add them to the buying centre above.</source>
            <translation>Brak jeszcze interesariuszy: dodaj ich do centrum zakupowego powyżej.</translation>
        </message>
    </context>
    <context>
        <name>CalibrationChart</name>
        <message>
            <source>No deals were won or lost in the last 12 months for this filter.</source>
            <translation>W ostatnich 12 miesiącach żadna szansa dla tego filtra nie została wygrana ani przegrana.</translation>
        </message>
        <message>
            <source>Default probability</source>
            <translation>Domyślne prawdopodobieństwo</translation>
        </message>
        <message>
            <source>Actually won</source>
            <translation>Faktycznie wygrane</translation>
        </message>
        <message>
            <source>Win probability (%)</source>
            <translation>Prawdopodobieństwo wygranej (%)</translation>
        </message>
        <message>
            <source>%1
n = %2</source>
            <translation>%1
n = %2</translation>
        </message>
        <message>
            <source>n = 0</source>
            <translation>n = 0</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Default probability: %2&lt;br&gt;Actually won: %3 (%4 of %5 closed deals)&lt;br&gt;Gap: %6 points</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Domyślne prawdopodobieństwo: %2&lt;br&gt;Faktycznie wygrane: %3 (%4 z %5 zamkniętych szans)&lt;br&gt;Różnica: %6 pkt</translation>
        </message>
        <message>
            <source>Deals won or lost from %1 to %2 that passed through each stage: the share that won, against the stage's default probability. Where they differ by much, the weighted forecast rests on defaults rather than on the team's history.</source>
            <translation>Szanse wygrane lub przegrane od %1 do %2, które przeszły przez każdy etap: odsetek wygranych wobec domyślnego prawdopodobieństwa etapu. Gdy bardzo się różnią, prognoza ważona opiera się na wartościach domyślnych, a nie na historii zespołu.</translation>
        </message>
    </context>
    <context>
        <name>CellDelegate</name>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
    <context>
        <name>ChangeKind</name>
        <message>
            <source>New deal</source>
            <translation>Nowa szansa</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Ponownie otwarta</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Awans</translation>
        </message>
        <message>
            <source>Moved back</source>
            <translation>Cofnięta</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Wygrana</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Przegrana</translation>
        </message>
        <message>
            <source>Amount up</source>
            <translation>Kwota w górę</translation>
        </message>
        <message>
            <source>Amount down</source>
            <translation>Kwota w dół</translation>
        </message>
        <message>
            <source>Close date pushed</source>
            <translation>Data zamknięcia odsunięta</translation>
        </message>
        <message>
            <source>Close date pulled in</source>
            <translation>Data zamknięcia przybliżona</translation>
        </message>
        <message>
            <source>Owner changed</source>
            <translation>Zmiana opiekuna</translation>
        </message>
    </context>
    <context>
        <name>ChartFigures</name>
        <message>
            <source>Deals</source>
            <translation>Szanse</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Kwota</translation>
        </message>
        <message>
            <source>Weighted amount</source>
            <translation>Kwota ważona</translation>
        </message>
        <message>
            <source>By month</source>
            <translation>Według miesięcy</translation>
        </message>
        <message>
            <source>By quarter</source>
            <translation>Według kwartałów</translation>
        </message>
        <message>
            <source>Per rep, by quarter</source>
            <translation>Na handlowca, według kwartałów</translation>
        </message>
        <message>
            <source>Per rep, by month</source>
            <translation>Na handlowca, według miesięcy</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Przegląd</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Branża</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Źródło</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Konkurent</translation>
        </message>
        <message>
            <source>Lost reasons</source>
            <translation>Powody przegranych</translation>
        </message>
        <message>
            <source>No pipeline in this workspace.</source>
            <translation>W tej przestrzeni roboczej nie ma lejka.</translation>
        </message>
        <message>
            <source>Amounts are in %1; amounts in %2 are left out: no exchange rate.</source>
            <translation>Kwoty w %1; kwoty w %2 pominięto: brak kursu waluty.</translation>
        </message>
    </context>
    <context>
        <name>ChartFilterBar</name>
        <message>
            <source>&amp;Pipeline:</source>
            <translation>&amp;Lejek:</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>&amp;Zespół:</translation>
        </message>
        <message>
            <source>&amp;Rep:</source>
            <translation>&amp;Handlowiec:</translation>
        </message>
        <message>
            <source>P&amp;eriod:</source>
            <translation>&amp;Okres:</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Wszyscy</translation>
        </message>
        <message>
            <source>Team %1</source>
            <translation>Zespół %1</translation>
        </message>
        <message>
            <source>All reps</source>
            <translation>Wszyscy handlowcy</translation>
        </message>
        <message>
            <source>Whole team</source>
            <translation>Cały zespół</translation>
        </message>
    </context>
    <context>
        <name>ChartFormat</name>
        <message>
            <source>no data</source>
            <translation>brak danych</translation>
        </message>
        <message>
            <source>%1 M</source>
            <translation>%1 mln</translation>
        </message>
        <message>
            <source>%1 k</source>
            <translation>%1 tys.</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 dni</translation>
        </message>
        <message>
            <source>M</source>
            <translation>mln</translation>
        </message>
        <message>
            <source>k</source>
            <translation>tys.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>ChartKind</name>
        <message>
            <source>Funnel</source>
            <translation>Lejek</translation>
        </message>
        <message>
            <source>Pipeline flow</source>
            <translation>Przepływ w lejku</translation>
        </message>
        <message>
            <source>Forecast vs quota</source>
            <translation>Prognoza a plan</translation>
        </message>
        <message>
            <source>Performance formula</source>
            <translation>Wzór wyników</translation>
        </message>
        <message>
            <source>Sales velocity</source>
            <translation>Tempo sprzedaży</translation>
        </message>
        <message>
            <source>Stage conversion</source>
            <translation>Konwersja etapów</translation>
        </message>
        <message>
            <source>Lead sources</source>
            <translation>Źródła leadów</translation>
        </message>
        <message>
            <source>Win / loss</source>
            <translation>Wygrane / przegrane</translation>
        </message>
        <message>
            <source>Win scenarios</source>
            <translation>Scenariusze wygranych</translation>
        </message>
        <message>
            <source>Probability calibration</source>
            <translation>Kalibracja prawdopodobieństw</translation>
        </message>
        <message>
            <source>Activity vs progress</source>
            <translation>Aktywność a postęp</translation>
        </message>
        <message>
            <source>Open pipeline per stage now, and how each stage converted in the period.</source>
            <translation>Otwarty lejek na etap teraz i jak każdy etap konwertował w okresie.</translation>
        </message>
        <message>
            <source>How the open pipeline moved from the start to the end of the period.</source>
            <translation>Jak zmienił się otwarty lejek od początku do końca okresu.</translation>
        </message>
        <message>
            <source>What will we close against quota, month by month.</source>
            <translation>Co zamkniemy wobec planu, miesiąc po miesiącu.</translation>
        </message>
        <message>
            <source>Which lever of the performance formula is weak, per rep against the team (= 100).</source>
            <translation>Która dźwignia wzoru wyników jest słaba — każdy handlowiec wobec zespołu (= 100).</translation>
        </message>
        <message>
            <source>How fast the pipeline turns into money, and why.</source>
            <translation>Jak szybko lejek zamienia się w pieniądze i dlaczego.</translation>
        </message>
        <message>
            <source>Where deals move forward, and how long they sit in each stage.</source>
            <translation>Gdzie szanse idą naprzód i jak długo stoją w każdym etapie.</translation>
        </message>
        <message>
            <source>Which lead sources turn into opportunities and wins.</source>
            <translation>Które źródła leadów zamieniają się w szanse i wygrane.</translation>
        </message>
        <message>
            <source>Where we win and why we lose.</source>
            <translation>Gdzie wygrywamy i dlaczego przegrywamy.</translation>
        </message>
        <message>
            <source>What the deals we won have in common.</source>
            <translation>Co łączy wygrane szanse.</translation>
        </message>
        <message>
            <source>Do the stage probabilities match what actually won in the last 12 months?</source>
            <translation>Czy prawdopodobieństwa etapów zgadzają się z tym, co faktycznie wygrano w ostatnich 12 miesiącach?</translation>
        </message>
        <message>
            <source>Activity that produces no progress on decision milestones.</source>
            <translation>Aktywność, która nie daje postępu w kamieniach milowych decyzji.</translation>
        </message>
    </context>
    <context>
        <name>ChartLabelText</name>
        <message>
            <source>Not recorded</source>
            <translation>Nie zapisano</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Inne</translation>
        </message>
        <message>
            <source>None named</source>
            <translation>Nie wskazano</translation>
        </message>
        <message>
            <source>No champion</source>
            <translation>Brak sojusznika</translation>
        </message>
    </context>
    <context>
        <name>ChartPeriod</name>
        <message>
            <source>This month</source>
            <translation>Ten miesiąc</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Poprzedni miesiąc</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>Ten kwartał</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Poprzedni kwartał</translation>
        </message>
        <message>
            <source>Next quarter</source>
            <translation>Następny kwartał</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Ostatnie 90 dni</translation>
        </message>
        <message>
            <source>Year to date</source>
            <translation>Od początku roku</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Ten rok</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Ostatnie 12 miesięcy</translation>
        </message>
    </context>
    <context>
        <name>ChartsPage</name>
        <message>
            <source>Export</source>
            <translation>Eksport</translation>
        </message>
        <message>
            <source>Save the chart as a PNG image (200 dpi) or a PDF page (vector). SVG is not offered: the Qt SVG module is not part of the platform packages we build on.</source>
            <translation>Zapisz wykres jako obraz PNG (200 dpi) lub stronę PDF (wektorowo). SVG nie jest dostępne: moduł Qt SVG nie należy do pakietów platformy, na której budujemy.</translation>
        </message>
        <message>
            <source>PNG image or PDF document…</source>
            <translation>Obraz PNG lub dokument PDF…</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Obliczanie…</translation>
        </message>
        <message>
            <source>View:</source>
            <translation>Widok:</translation>
        </message>
        <message>
            <source>Open a workspace to see its charts.</source>
            <translation>Otwórz przestrzeń roboczą, aby zobaczyć jej wykresy.</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Eksportuj wykres</translation>
        </message>
        <message>
            <source>PNG image, 200 dpi (*.png);;PDF document (*.pdf)</source>
            <translation>Obraz PNG, 200 dpi (*.png);;Dokument PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>Nie można zapisać %1.</translation>
        </message>
    </context>
    <context>
        <name>CoachingSummaryModel</name>
        <message>
            <source>(no owner)</source>
            <translation>(brak opiekuna)</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>(usunięty)</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>Handlowiec</translation>
        </message>
        <message>
            <source>Interactions in the window, cancelled ones left out</source>
            <translation>Interakcje w oknie czasowym, bez odwołanych</translation>
        </message>
        <message>
            <source>Interactions</source>
            <translation>Interakcje</translation>
        </message>
        <message>
            <source>Per week</source>
            <translation>Na tydzień</translation>
        </message>
        <message>
            <source>Interactions per week, oldest first</source>
            <translation>Interakcje na tydzień, od najstarszych</translation>
        </message>
        <message>
            <source>Weeks</source>
            <translation>Tygodnie</translation>
        </message>
        <message>
            <source>Share of interactions with a stated action objective</source>
            <translation>Odsetek interakcji z określonym celem</translation>
        </message>
        <message>
            <source>With objective</source>
            <translation>Z celem</translation>
        </message>
        <message>
            <source>Interactions with an outcome logged</source>
            <translation>Interakcje z zapisanym wynikiem</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Podsumowane</translation>
        </message>
        <message>
            <source>Objective achieved, of the reviewed interactions (partly is not a hit)</source>
            <translation>Cel osiągnięty, spośród podsumowanych interakcji (częściowo się nie liczy)</translation>
        </message>
        <message>
            <source>Hit rate</source>
            <translation>Skuteczność</translation>
        </message>
        <message>
            <source>Average of every skill rating given</source>
            <translation>Średnia ze wszystkich ocen umiejętności</translation>
        </message>
        <message>
            <source>All skills</source>
            <translation>Wszystkie umiejętności</translation>
        </message>
    </context>
    <context>
        <name>CoachingWidget</name>
        <message>
            <source>Last 4 weeks</source>
            <translation>Ostatnie 4 tygodnie</translation>
        </message>
        <message>
            <source>Last 12 weeks</source>
            <translation>Ostatnie 12 tygodni</translation>
        </message>
        <message>
            <source>&amp;Window</source>
            <translation>&amp;Okno czasowe</translation>
        </message>
        <message>
            <source>Enter on a rep opens their interactions to rate and comment.</source>
            <translation>Enter na handlowcu otwiera jego interakcje do oceny i komentarza.</translation>
        </message>
    </context>
    <context>
        <name>CommandArguments</name>
        <message>
            <source>Unexpected argument: %1</source>
            <translation>Nieoczekiwany argument: %1</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Usage: dealbench [FILE]                open FILE (or the demo workspace) in the window
         [--theme system|light|dark] [--language system|en|zh_CN|pl] [--area AREA] [--welcome]
         [--screenshot PNG [--size WxH]]
       dealbench generate --out FILE [--deals N] [--reps R] [--seed S]
       dealbench import --workspace FILE [--currency CUR] [--preset PRESET] FILE.csv [HISTORY.csv]
       dealbench info --workspace FILE [--json]
       dealbench merge --into TEAM.dealbench REP.dealbench...
       dealbench compact --workspace FILE
       dealbench report weekly|scorecard|strategy|v2mom --workspace FILE [--period 2026-W47]
         [--owner NAME] [--deal ID] [--format pdf|html|csv] [--page a4|letter] --out FILE
       dealbench --version
</source>
            <translation>Użycie: dealbench [FILE]                otwiera FILE (lub przestrzeń demonstracyjną) w oknie
         [--theme system|light|dark] [--language system|en|zh_CN|pl] [--area AREA] [--welcome]
         [--screenshot PNG [--size WxH]]
       dealbench generate --out FILE [--deals N] [--reps R] [--seed S]
       dealbench import --workspace FILE [--currency CUR] [--preset PRESET] FILE.csv [HISTORY.csv]
       dealbench info --workspace FILE [--json]
       dealbench merge --into TEAM.dealbench REP.dealbench...
       dealbench compact --workspace FILE
       dealbench report weekly|scorecard|strategy|v2mom --workspace FILE [--period 2026-W47]
         [--owner NAME] [--deal ID] [--format pdf|html|csv] [--page a4|letter] --out FILE
       dealbench --version
</translation>
        </message>
    </context>
    <context>
        <name>CompactCommand</name>
        <message>
            <source>Lays a workspace file out afresh; the data does not change.</source>
            <translation>Układa plik przestrzeni roboczej od nowa; dane się nie zmieniają.</translation>
        </message>
        <message>
            <source>The workspace file to compact.</source>
            <translation>Plik przestrzeni roboczej do skompaktowania.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>PLIK</translation>
        </message>
        <message>
            <source>compact needs --workspace FILE.</source>
            <translation>compact wymaga --workspace FILE.</translation>
        </message>
        <message>
            <source>Compacted %1: %2 before, %3 after, in %4 s.</source>
            <translation>Skompaktowano %1: przed %2, po %3, w %4 s.</translation>
        </message>
    </context>
    <context>
        <name>CreateDealCommand</name>
        <message>
            <source>New deal “%1”</source>
            <translation>Nowa szansa „%1”</translation>
        </message>
    </context>
    <context>
        <name>CsvDocument</name>
        <message>
            <source>The file %1 cannot be read: %2</source>
            <translation>Nie można odczytać pliku %1: %2</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Plik jest pusty.</translation>
        </message>
        <message>
            <source>The file is not a text file (it holds binary data).</source>
            <translation>To nie jest plik tekstowy (zawiera dane binarne).</translation>
        </message>
        <message>
            <source>This system cannot decode %1.</source>
            <translation>Ten system nie potrafi zdekodować %1.</translation>
        </message>
        <message>
            <source>The file has no header row.</source>
            <translation>Plik nie ma wiersza nagłówka.</translation>
        </message>
        <message>
            <source>The header row has fewer than two columns: is this a CSV file?</source>
            <translation>Wiersz nagłówka ma mniej niż dwie kolumny: czy to plik CSV?</translation>
        </message>
        <message>
            <source>Line %1 has %2 fields where the header has %3.</source>
            <translation>Wiersz %1 ma %2 pól, a nagłówek %3.</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>A quoted field is not closed before the end of the file.</source>
            <translation>Pole w cudzysłowie nie zostało zamknięte przed końcem pliku.</translation>
        </message>
        <message>
            <source>Text after a closing quote was kept as it is.</source>
            <translation>Tekst po cudzysłowie zamykającym pozostawiono bez zmian.</translation>
        </message>
    </context>
    <context>
        <name>DataExport</name>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Account: %1</source>
            <translation>Klient: %1</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>Nie można zapisać %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The workspace file %1 does not exist.</source>
            <translation>Plik przestrzeni roboczej %1 nie istnieje.</translation>
        </message>
        <message>
            <source>%1 is not a file.</source>
            <translation>%1 nie jest plikiem.</translation>
        </message>
        <message>
            <source>%1 is too big to be a Dealbench workspace (%2 bytes).</source>
            <translation>%1 jest za duży, by był przestrzenią roboczą Dealbench (%2 bajtów).</translation>
        </message>
        <message>
            <source>%1 is write-protected or on a read-only medium. It can only be opened read-only.</source>
            <translation>%1 jest chroniony przed zapisem lub leży na nośniku tylko do odczytu. Można go otworzyć tylko do odczytu.</translation>
        </message>
        <message>
            <source>The workspace %1 was written by an older version and must be opened for writing once to be upgraded.</source>
            <translation>Przestrzeń robocza %1 została zapisana starszą wersją i musi zostać raz otwarta do zapisu, aby ją uaktualnić.</translation>
        </message>
        <message>
            <source>Could not open %1: %2</source>
            <translation>Nie można otworzyć %1: %2</translation>
        </message>
        <message>
            <source>%1 is damaged or is not a Dealbench workspace.</source>
            <translation>%1 jest uszkodzony lub nie jest przestrzenią roboczą Dealbench.</translation>
        </message>
        <message>
            <source>%1 is an SQLite database, but not a Dealbench workspace.</source>
            <translation>%1 jest bazą SQLite, ale nie przestrzenią roboczą Dealbench.</translation>
        </message>
        <message>
            <source>%1 was written by a newer version of Dealbench (format %2; this version reads up to %3). Please update Dealbench to open it.</source>
            <translation>%1 został zapisany nowszą wersją Dealbench (format %2; ta wersja czyta do %3). Zaktualizuj Dealbench, aby go otworzyć.</translation>
        </message>
        <message>
            <source>%1 contains things Dealbench never creates (%2) and is not opened, to be safe. It may have been changed by another program.</source>
            <translation>%1 zawiera elementy, których Dealbench nigdy nie tworzy (%2), i dla bezpieczeństwa nie został otwarty. Mógł go zmienić inny program.</translation>
        </message>
        <message>
            <source>%1 is damaged (%2). Nothing was changed. You can open it read-only to look at what is left, or restore a backup.</source>
            <translation>%1 jest uszkodzony (%2). Niczego nie zmieniono. Możesz otworzyć go tylko do odczytu, aby zobaczyć, co zostało, albo przywrócić kopię zapasową.</translation>
        </message>
        <message>
            <source>%1 exists already.</source>
            <translation>%1 już istnieje.</translation>
        </message>
        <message>
            <source>the file is shorter than its contents: it was cut short</source>
            <translation>plik jest krótszy niż jego zawartość: został obcięty</translation>
        </message>
        <message>
            <source>%1 is damaged: the list of its tables cannot be read, so nothing in it can be shown. Nothing was changed.</source>
            <translation>Plik %1 jest uszkodzony: nie da się odczytać listy jego tabel, więc nie można niczego z niego pokazać. Niczego nie zmieniono.</translation>
        </message>
    </context>
    <context>
        <name>DealCardDelegate</name>
        <message>
            <source>No account</source>
            <translation>Brak klienta</translation>
        </message>
        <message>
            <source>No close date</source>
            <translation>Brak daty zamknięcia</translation>
        </message>
        <message>
            <source>Overdue %1</source>
            <translation>Po terminie %1</translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%n d.</numerusform>
                <numerusform>%n d.</numerusform>
                <numerusform>%n d.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Zastała</translation>
        </message>
        <message>
            <source>No step</source>
            <translation>Brak kroku</translation>
        </message>
        <message>
            <source>No next step</source>
            <translation>Brak następnego kroku</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Wygrana</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Przegrana</translation>
        </message>
    </context>
    <context>
        <name>DealContactsEditor</name>
        <message>
            <source>The deal's contacts: the buying centre of its strategy sheet</source>
            <translation>Kontakty szansy: centrum zakupowe z jej arkusza strategii</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Dodaj</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Usuń</translation>
        </message>
        <message>
            <source>Take the selected person off the deal (Delete)</source>
            <translation>Usuń wybraną osobę z szansy (Delete)</translation>
        </message>
        <message>
            <source>Pick the account first to add its contacts</source>
            <translation>Najpierw wybierz klienta, aby dodać jego kontakty</translation>
        </message>
        <message>
            <source>Add a contact: type a name</source>
            <translation>Dodaj kontakt: wpisz nazwisko</translation>
        </message>
        <message>
            <source>In the buying centre, not in the account's contacts</source>
            <translation>W centrum zakupowym, ale nie wśród kontaktów klienta</translation>
        </message>
        <message>
            <source>Added when the deal is saved</source>
            <translation>Zostanie dodany po zapisaniu szansy</translation>
        </message>
        <message>
            <source>%1 (new contact)</source>
            <translation>%1 (nowy kontakt)</translation>
        </message>
        <message>
            <source>Made a contact of the account when the deal is saved</source>
            <translation>Zostanie kontaktem klienta po zapisaniu szansy</translation>
        </message>
        <message>
            <source>Several contacts are named “%1”: pick one from the list.</source>
            <translation>Kilka kontaktów nazywa się „%1”: wybierz jeden z listy.</translation>
        </message>
        <message>
            <source>Pick the deal's account first: a new contact is made there.</source>
            <translation>Najpierw wybierz klienta szansy: tam zostanie utworzony nowy kontakt.</translation>
        </message>
    </context>
    <context>
        <name>DealEditService</name>
        <message>
            <source>A new contact needs the deal's account: pick the account first.</source>
            <translation>Nowy kontakt wymaga klienta szansy: najpierw wybierz klienta.</translation>
        </message>
        <message>
            <source>A new contact needs a name.</source>
            <translation>Nowy kontakt wymaga nazwiska.</translation>
        </message>
        <message>
            <source>A contact's name</source>
            <translation>Nazwisko kontaktu</translation>
        </message>
        <message>
            <source>The deal no longer exists.</source>
            <translation>Ta szansa już nie istnieje.</translation>
        </message>
        <message>
            <source>A contact you added no longer exists.</source>
            <translation>Dodany kontakt już nie istnieje.</translation>
        </message>
    </context>
    <context>
        <name>DealEditorDialog</name>
        <message>
            <source>New deal</source>
            <translation>Nowa szansa</translation>
        </message>
        <message>
            <source>Deal “%1”</source>
            <translation>Szansa „%1”</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Szansa</translation>
        </message>
        <message>
            <source>Interactions</source>
            <translation>Interakcje</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Strategia</translation>
        </message>
        <message>
            <source>Create deal</source>
            <translation>Utwórz szansę</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Zapisz</translation>
        </message>
        <message>
            <source>Type to find an account</source>
            <translation>Wpisz, aby znaleźć klienta</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Nikt</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <translation>Jeszcze nieznane</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Nieznany</translation>
        </message>
        <message>
            <source>Choose a reason…</source>
            <translation>Wybierz powód…</translation>
        </message>
        <message>
            <source>Lost reason</source>
            <translation>Powód przegranej</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Konkurent</translation>
        </message>
        <message>
            <source>Lost note</source>
            <translation>Notatka o przegranej</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Opiekun</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etap</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Kwota</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Przewidywane zamknięcie</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Prognoza</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Źródło</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Cel</translation>
        </message>
        <message>
            <source>&amp;Plan a visit</source>
            <translation>&amp;Zaplanuj wizytę</translation>
        </message>
        <message>
            <source>Add a planned visit to this deal's behaviour table (undoable)</source>
            <translation>Dodaj zaplanowaną wizytę do tabeli działań tej szansy (można cofnąć)</translation>
        </message>
        <message>
            <source>Save the deal first; then its strategy sheet (buying centre, decision milestones, competition) can be started here.</source>
            <translation>Najpierw zapisz szansę; potem można tu zacząć jej arkusz strategii (centrum zakupowe, kamienie milowe decyzji, konkurencja).</translation>
        </message>
        <message>
            <source>The strategy sheet of this deal is edited in the Strategy area; its milestone progress shows on the deal's card.</source>
            <translation>Arkusz strategii tej szansy edytuje się w obszarze Strategia; postęp kamieni milowych widać na karcie szansy.</translation>
        </message>
        <message>
            <source>There is no account named “%1”. Pick one from the list.</source>
            <translation>Nie ma klienta o nazwie „%1”. Wybierz z listy.</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakty</translation>
        </message>
    </context>
    <context>
        <name>DealImport</name>
        <message>
            <source>%1 is not a stage history (OpportunityHistory.csv with OpportunityId, StageName and CreatedDate columns).</source>
            <translation>%1 nie jest historią etapów (OpportunityHistory.csv z kolumnami OpportunityId, StageName i CreatedDate).</translation>
        </message>
        <message>
            <source>No column of the file matches a Dealbench field: choose a preset or map the columns.</source>
            <translation>Żadna kolumna pliku nie pasuje do pola Dealbench: wybierz szablon lub przypisz kolumny.</translation>
        </message>
        <message>
            <source>The file has no data rows.</source>
            <translation>Plik nie ma wierszy danych.</translation>
        </message>
        <message>
            <source>None of the %1 rows can be imported.</source>
            <translation>Żadnego z %1 wierszy nie można zaimportować.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was imported.</source>
            <translation>Import został anulowany; nic nie zaimportowano.</translation>
        </message>
    </context>
    <context>
        <name>DealListView</name>
        <message>
            <source>&amp;Open deal…</source>
            <translation>&amp;Otwórz szansę…</translation>
        </message>
        <message>
            <source>&amp;Plan a visit</source>
            <translation>&amp;Zaplanuj wizytę</translation>
        </message>
    </context>
    <context>
        <name>DealService</name>
        <message>
            <source>The deal no longer exists.</source>
            <translation>Ta szansa już nie istnieje.</translation>
        </message>
        <message>
            <source>The target stage is not in the deal's pipeline.</source>
            <translation>Docelowy etap nie należy do lejka tej szansy.</translation>
        </message>
    </context>
    <context>
        <name>DealStrategyReport</name>
        <message>
            <source>As of %1</source>
            <translation>Stan na %1</translation>
        </message>
        <message>
            <source>The deal</source>
            <translation>Szansa</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Opiekun</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etap</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Kwota</translation>
        </message>
        <message>
            <source>Close date</source>
            <translation>Data zamknięcia</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Kamienie milowe</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 z %2</translation>
        </message>
        <message>
            <source>Win probability (rep / manager)</source>
            <translation>Prawdopodobieństwo wygranej (handlowiec / kierownik)</translation>
        </message>
        <message>
            <source>Single sales objective</source>
            <translation>Jeden cel sprzedażowy</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>do %1</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Ostrzeżenia</translation>
        </message>
        <message>
            <source>Customer interest in us</source>
            <translation>Zainteresowanie klienta nami</translation>
        </message>
        <message>
            <source>Compelling event: %1</source>
            <translation>Wydarzenie wymuszające: %1</translation>
        </message>
        <message>
            <source>Urgency: %1</source>
            <translation>Pilność: %1</translation>
        </message>
        <message>
            <source>Budgeted: %1</source>
            <translation>Budżet zapewniony: %1</translation>
        </message>
        <message>
            <source>Decision process known: %1; timeline known: %2</source>
            <translation>Proces decyzyjny znany: %1; harmonogram znany: %2</translation>
        </message>
        <message>
            <source>Deal economics and manager assessment</source>
            <translation>Ekonomika transakcji i ocena kierownika</translation>
        </message>
        <message>
            <source>Gross margin: %1; discount: %2</source>
            <translation>Marża brutto: %1; rabat: %2</translation>
        </message>
        <message>
            <source>Custom work: %1</source>
            <translation>Prace niestandardowe: %1</translation>
        </message>
        <message>
            <source>Expansion potential: %1</source>
            <translation>Potencjał rozwoju: %1</translation>
        </message>
        <message>
            <source>Non-financial value: %1</source>
            <translation>Wartość niefinansowa: %1</translation>
        </message>
        <message>
            <source>Manager decision: %1</source>
            <translation>Decyzja kierownika: %1</translation>
        </message>
        <message>
            <source>Resources granted: %1</source>
            <translation>Przyznane zasoby: %1</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>tak</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>Buying centre</source>
            <translation>Centrum zakupowe</translation>
        </message>
        <message>
            <source>No stakeholder recorded yet.</source>
            <translation>Nie zapisano jeszcze żadnego interesariusza.</translation>
        </message>
        <message>
            <source>Stakeholders by influence and attitude (filled: contacted)</source>
            <translation>Interesariusze według wpływu i nastawienia (wypełnieni: nawiązany kontakt)</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>Interesariusze</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Stanowisko</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rola</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Wpływ</translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>Nastawienie</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>Był kontakt</translation>
        </message>
        <message>
            <source>Organisational result</source>
            <translation>Rezultat dla organizacji</translation>
        </message>
        <message>
            <source>Personal win</source>
            <translation>Korzyść osobista</translation>
        </message>
        <message>
            <source>Leans to</source>
            <translation>Skłania się ku</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relacja</translation>
        </message>
        <message>
            <source>Qualification and progress</source>
            <translation>Kwalifikacja i postęp</translation>
        </message>
        <message>
            <source>Pursue or drop</source>
            <translation>Kontynuować czy odpuścić</translation>
        </message>
        <message>
            <source>Pursue when</source>
            <translation>Kontynuuj, gdy</translation>
        </message>
        <message>
            <source>Drop when</source>
            <translation>Odpuść, gdy</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Odpowiedź</translation>
        </message>
        <message>
            <source>pursue</source>
            <translation>kontynuować</translation>
        </message>
        <message>
            <source>drop</source>
            <translation>odpuścić</translation>
        </message>
        <message>
            <source>Decision milestones (%1 of %2 done)</source>
            <translation>Kamienie milowe decyzji (ukończone %1 z %2)</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Kamień milowy</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Zrobione</translation>
        </message>
        <message>
            <source>Missing information and red flags</source>
            <translation>Brakujące informacje i sygnały ostrzegawcze</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Pozycja</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Rozwiązane</translation>
        </message>
        <message>
            <source>Competition</source>
            <translation>Konkurencja</translation>
        </message>
        <message>
            <source>No competitor recorded.</source>
            <translation>Nie zapisano konkurenta.</translation>
        </message>
        <message>
            <source>Competitors</source>
            <translation>Konkurenci</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Konkurent</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Mocne strony</translation>
        </message>
        <message>
            <source>Weaknesses</source>
            <translation>Słabe strony</translation>
        </message>
        <message>
            <source>Their supporters</source>
            <translation>Ich zwolennicy</translation>
        </message>
        <message>
            <source>Our strategy</source>
            <translation>Nasza strategia</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan działań</translation>
        </message>
        <message>
            <source>No action planned.</source>
            <translation>Nie zaplanowano działań.</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Działania</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Działanie</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Zasób</translation>
        </message>
        <message>
            <source>Promises beyond standard terms</source>
            <translation>Obietnice wykraczające poza standardowe warunki</translation>
        </message>
        <message>
            <source>Promise</source>
            <translation>Obietnica</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Zatwierdził</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Dnia</translation>
        </message>
    </context>
    <context>
        <name>DealValidation</name>
        <message>
            <source>A deal needs a name.</source>
            <translation>Szansa musi mieć nazwę.</translation>
        </message>
        <message>
            <source>The deal name is longer than %1 characters.</source>
            <translation>Nazwa szansy ma więcej niż %1 znaków.</translation>
        </message>
        <message>
            <source>"%1" is not a three-letter currency code such as USD or EUR.</source>
            <translation>„%1” nie jest trzyliterowym kodem waluty, takim jak USD lub EUR.</translation>
        </message>
        <message>
            <source>The amount cannot be negative.</source>
            <translation>Kwota nie może być ujemna.</translation>
        </message>
        <message>
            <source>The amount is too large.</source>
            <translation>Kwota jest za duża.</translation>
        </message>
        <message>
            <source>The close date %1 is out of range.</source>
            <translation>Data zamknięcia %1 jest poza zakresem.</translation>
        </message>
        <message>
            <source>The deal's pipeline does not exist.</source>
            <translation>Lejek tej szansy nie istnieje.</translation>
        </message>
        <message>
            <source>The deal's stage is not a stage of its pipeline.</source>
            <translation>Etap tej szansy nie należy do jej lejka.</translation>
        </message>
        <message>
            <source>A lost deal needs a lost reason.</source>
            <translation>Przegrana szansa wymaga powodu przegranej.</translation>
        </message>
        <message>
            <source>The source</source>
            <translation>Źródło</translation>
        </message>
        <message>
            <source>The note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <source>The competitor</source>
            <translation>Konkurent</translation>
        </message>
        <message>
            <source>The external id</source>
            <translation>Zewnętrzne id</translation>
        </message>
    </context>
    <context>
        <name>DefaultPipeline</name>
        <message>
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <source>Contact with a named person at a target account</source>
            <translation>Kontakt z konkretną osobą u klienta docelowego</translation>
        </message>
        <message>
            <source>Qualified</source>
            <translation>Zakwalifikowana</translation>
        </message>
        <message>
            <source>Need, owner and rough budget confirmed</source>
            <translation>Potwierdzone potrzeba, osoba odpowiedzialna i orientacyjny budżet</translation>
        </message>
        <message>
            <source>Needs confirmed</source>
            <translation>Potrzeby potwierdzone</translation>
        </message>
        <message>
            <source>Customer confirmed the problem and its business impact</source>
            <translation>Klient potwierdził problem i jego wpływ na biznes</translation>
        </message>
        <message>
            <source>Solution / POC</source>
            <translation>Rozwiązanie / POC</translation>
        </message>
        <message>
            <source>Evaluation criteria agreed; demo or proof of concept under way</source>
            <translation>Uzgodnione kryteria oceny; trwa prezentacja lub proof of concept</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Oferta</translation>
        </message>
        <message>
            <source>Proposal sent to the economic buyer</source>
            <translation>Oferta wysłana do decydenta finansowego</translation>
        </message>
        <message>
            <source>Negotiation</source>
            <translation>Negocjacje</translation>
        </message>
        <message>
            <source>Verbal selection; contract in legal or procurement</source>
            <translation>Wybór ustny; umowa w dziale prawnym lub zakupów</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Wygrana</translation>
        </message>
        <message>
            <source>Contract signed</source>
            <translation>Umowa podpisana</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Przegrana</translation>
        </message>
        <message>
            <source>Customer chose otherwise or made no decision</source>
            <translation>Klient wybrał inaczej lub nie podjął decyzji</translation>
        </message>
        <message>
            <source>Sales pipeline</source>
            <translation>Lejek sprzedaży</translation>
        </message>
    </context>
    <context>
        <name>DemoGenerator</name>
        <message>
            <source>The demo data needs a valid "today".</source>
            <translation>Dane przykładowe wymagają poprawnej daty „dzisiaj”.</translation>
        </message>
        <message>
            <source>Counts of deals, managers and interactions cannot be negative.</source>
            <translation>Liczby szans, kierowników i interakcji nie mogą być ujemne.</translation>
        </message>
        <message>
            <source>The demo data needs at least one rep.</source>
            <translation>Dane przykładowe wymagają co najmniej jednego handlowca.</translation>
        </message>
        <message>
            <source>"%1" is not a three-letter currency code such as USD or EUR.</source>
            <translation>„%1” nie jest trzyliterowym kodem waluty, takim jak USD lub EUR.</translation>
        </message>
        <message>
            <source>The default pipeline is missing from the new file.</source>
            <translation>W nowym pliku brakuje domyślnego lejka.</translation>
        </message>
    </context>
    <context>
        <name>DemoWorkspace</name>
        <message>
            <source>The demo workspace could not be generated: %1</source>
            <translation>Nie można wygenerować przestrzeni demonstracyjnej: %1</translation>
        </message>
        <message>
            <source>Demo</source>
            <translation>Prezentacja</translation>
        </message>
    </context>
    <context>
        <name>EditDealCommand</name>
        <message>
            <source>Edit “%1”</source>
            <translation>Edycja „%1”</translation>
        </message>
    </context>
    <context>
        <name>ExchangeMenus</name>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>&amp;Importuj CSV…</translation>
        </message>
        <message>
            <source>&amp;Export Data</source>
            <translation>&amp;Eksportuj dane</translation>
        </message>
        <message>
            <source>Import &amp;History…</source>
            <translation>&amp;Historia importów…</translation>
        </message>
        <message>
            <source>&amp;Deals (CSV)…</source>
            <translation>&amp;Szanse (CSV)…</translation>
        </message>
        <message>
            <source>&amp;Accounts (CSV)…</source>
            <translation>&amp;Klienci (CSV)…</translation>
        </message>
        <message>
            <source>&amp;Contacts (CSV)…</source>
            <translation>K&amp;ontakty (CSV)…</translation>
        </message>
        <message>
            <source>&amp;Interactions (CSV)…</source>
            <translation>&amp;Interakcje (CSV)…</translation>
        </message>
        <message>
            <source>Next Steps and Planned Interactions (iCalendar)…</source>
            <translation>Następne kroki i zaplanowane interakcje (iCalendar)…</translation>
        </message>
        <message>
            <source>Export Calendar</source>
            <translation>Eksportuj kalendarz</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>Pliki iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>Contacts of a Deal (vCard)…</source>
            <translation>Kontakty szansy (vCard)…</translation>
        </message>
        <message>
            <source>Export &amp;Report…</source>
            <translation>Eksportuj &amp;raport…</translation>
        </message>
        <message>
            <source>Export as CSV</source>
            <translation>Eksportuj jako CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Pliki CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export Contacts</source>
            <translation>Eksportuj kontakty</translation>
        </message>
        <message>
            <source>Contacts of the deal:</source>
            <translation>Kontakty szansy:</translation>
        </message>
        <message>
            <source>Export Contacts as vCard</source>
            <translation>Eksportuj kontakty jako vCard</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>Pliki vCard (*.vcf)</translation>
        </message>
    </context>
    <context>
        <name>FlowState</name>
        <message>
            <source>New</source>
            <translation>Nowa</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Awans</translation>
        </message>
        <message>
            <source>Regressed</source>
            <translation>Cofnięta</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Zastała</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Przegrana</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Wygrana</translation>
        </message>
        <message>
            <source>Steady</source>
            <translation>Bez zmian</translation>
        </message>
        <message>
            <source>Created in the period, or reopened after it was closed</source>
            <translation>Utworzona w okresie lub ponownie otwarta po zamknięciu</translation>
        </message>
        <message>
            <source>At a later stage than at the start of the period</source>
            <translation>Na późniejszym etapie niż na początku okresu</translation>
        </message>
        <message>
            <source>At an earlier stage than at the start of the period</source>
            <translation>Na wcześniejszym etapie niż na początku okresu</translation>
        </message>
        <message>
            <source>No stage change and no interaction for longer than the stage's rotting threshold</source>
            <translation>Brak zmiany etapu i interakcji dłużej, niż wynosi limit dni etapu</translation>
        </message>
        <message>
            <source>Closed lost in the period</source>
            <translation>Przegrana w okresie</translation>
        </message>
        <message>
            <source>Closed won in the period</source>
            <translation>Wygrana w okresie</translation>
        </message>
        <message>
            <source>None of the above</source>
            <translation>Żadne z powyższych</translation>
        </message>
    </context>
    <context>
        <name>ForecastCategory</name>
        <message>
            <source>Pipeline</source>
            <translation>Lejek</translation>
        </message>
        <message>
            <source>Best case</source>
            <translation>Najlepszy scenariusz</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Pewne</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Zamknięte</translation>
        </message>
        <message>
            <source>Omitted</source>
            <translation>Pominięte</translation>
        </message>
    </context>
    <context>
        <name>ForecastChart</name>
        <message>
            <source>Q%1 %2</source>
            <translation>Q%1 %2</translation>
        </message>
        <message>
            <source>Closed won</source>
            <translation>Wygrane</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Pewne</translation>
        </message>
        <message>
            <source>Best case</source>
            <translation>Najlepszy scenariusz</translation>
        </message>
        <message>
            <source>Weighted pipeline</source>
            <translation>Lejek ważony</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Kwota</translation>
        </message>
        <message>
            <source>Closed won: %1&lt;br&gt;Commit: %2&lt;br&gt;Best case: %3&lt;br&gt;Pipeline: %4&lt;br&gt;Weighted pipeline: %5</source>
            <translation>Wygrane: %1&lt;br&gt;Pewne: %2&lt;br&gt;Najlepszy scenariusz: %3&lt;br&gt;Lejek: %4&lt;br&gt;Lejek ważony: %5</translation>
        </message>
        <message>
            <source>&lt;br&gt;Quota: %1 (attained %2)</source>
            <translation>&lt;br&gt;Plan: %1 (wykonano %2)</translation>
        </message>
        <message>
            <source>&lt;br&gt;Quota: none set</source>
            <translation>&lt;br&gt;Plan: nie ustawiono</translation>
        </message>
        <message>
            <source>Nothing closed and nothing expected to close in this period.</source>
            <translation>W tym okresie nic nie zamknięto i nic nie ma się zamknąć.</translation>
        </message>
        <message>
            <source>; the dashed line the quota</source>
            <translation>; linia przerywana to plan</translation>
        </message>
        <message>
            <source>Closed won %1</source>
            <translation>Wygrane %1</translation>
        </message>
        <message>
            <source> against a quota of %1 (%2).</source>
            <translation> wobec planu %1 (%2).</translation>
        </message>
        <message>
            <source>. No quotas are set for this period, so the quota line is left out.</source>
            <translation>. Na ten okres nie ustawiono planów, więc linii planu nie pokazano.</translation>
        </message>
        <message>
            <source>Open deals count in the month of their expected close date, omitted ones not at all.</source>
            <translation>Otwarte szanse liczą się w miesiącu przewidywanego zamknięcia, pominięte wcale.</translation>
        </message>
        <message>
            <source>One scale for every rep, in %1: bars are closed won, commit and best case; the orange line is the weighted open pipeline%2.</source>
            <translation>Jedna skala dla każdego handlowca, w %1: słupki to wygrane, pewne i najlepszy scenariusz; pomarańczowa linia to ważony otwarty lejek%2.</translation>
        </message>
    </context>
    <context>
        <name>ForecastModel</name>
        <message>
            <source>Team</source>
            <translation>Zespół</translation>
        </message>
        <message>
            <source>The sum of the reps' quotas</source>
            <translation>Suma planów handlowców</translation>
        </message>
        <message>
            <source>Double-click to set the quota</source>
            <translation>Kliknij dwukrotnie, aby ustawić plan</translation>
        </message>
        <message>
            <source>Open pipeline closing in the period ÷ quota still to close</source>
            <translation>Otwarty lejek zamykany w okresie ÷ plan pozostały do zamknięcia</translation>
        </message>
        <message>
            <source>1 ÷ the win rate of the last 12 months (%1)</source>
            <translation>1 ÷ współczynnik wygranych z ostatnich 12 miesięcy (%1)</translation>
        </message>
        <message>
            <source>No deals closed in the last 12 months</source>
            <translation>W ostatnich 12 miesiącach nie zamknięto żadnej szansy</translation>
        </message>
        <message>
            <source>Open amount × stage probability</source>
            <translation>Kwota otwarta × prawdopodobieństwo etapu</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>Handlowiec</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Zamknięte</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Pewne</translation>
        </message>
        <message>
            <source>Best case</source>
            <translation>Najlepszy scenariusz</translation>
        </message>
        <message>
            <source>Weighted</source>
            <translation>Ważona</translation>
        </message>
        <message>
            <source>Open pipeline</source>
            <translation>Otwarty lejek</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Luka</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Pokrycie</translation>
        </message>
        <message>
            <source>Needed</source>
            <translation>Potrzebne</translation>
        </message>
    </context>
    <context>
        <name>FunnelChart</name>
        <message>
            <source>No open deals in this pipeline for this filter.</source>
            <translation>Brak otwartych szans w tym lejku dla tego filtra.</translation>
        </message>
        <message numerus="yes">
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n szansa</numerusform>
                <numerusform>%n szanse</numerusform>
                <numerusform>%n szans</numerusform>
            </translation>
        </message>
        <message>
            <source>↓ %1 moved on</source>
            <translation>↓ %1 poszło dalej</translation>
        </message>
        <message>
            <source>↓ no exits in period</source>
            <translation>↓ brak wyjść w okresie</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; (default probability %2)&lt;br&gt;%3 open deals&lt;br&gt;Amount: %4&lt;br&gt;Weighted: %5&lt;br&gt;Left the stage in the period: %6, moved forward: %7</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; (domyślne prawdopodobieństwo %2)&lt;br&gt;%3 otwartych szans&lt;br&gt;Kwota: %4&lt;br&gt;Ważona: %5&lt;br&gt;Opuściło etap w okresie: %6, poszło naprzód: %7</translation>
        </message>
        <message>
            <source>Open pipeline now: %1 deals, %2, weighted %3. Between the stages: the share of the deals that left a stage in the period and moved forward (to a later stage or won).</source>
            <translation>Otwarty lejek teraz: %1 szans, %2, ważona %3. Między etapami: odsetek szans, które opuściły etap w okresie i poszły naprzód (do dalszego etapu lub wygrały).</translation>
        </message>
    </context>
    <context>
        <name>FunnelPage</name>
        <message>
            <source>All flow states</source>
            <translation>Wszystkie stany przepływu</translation>
        </message>
        <message>
            <source>Filter by owner, account or deal</source>
            <translation>Filtruj według opiekuna, klienta lub szansy</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Okres:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>do</translation>
        </message>
        <message>
            <source>Reps:</source>
            <translation>Handlowcy:</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Wymaga uwagi</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Prognoza</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Kwartał</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Miesiąc</translation>
        </message>
        <message>
            <source>Since the last review</source>
            <translation>Od ostatniego przeglądu</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Ostatnie 7 dni</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Ten tydzień</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Ostatnie 30 dni</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Ten miesiąc</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>Ten kwartał</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Własny</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Aktualizowanie…</translation>
        </message>
        <message numerus="yes">
            <source>%n deal(s), %1 – %2</source>
            <translation>
                <numerusform>%n szansa, %1 – %2</numerusform>
                <numerusform>%n szanse, %1 – %2</numerusform>
                <numerusform>%n szans, %1 – %2</numerusform>
            </translation>
        </message>
        <message>
            <source>(no exchange rate for %1: left out of totals)</source>
            <translation>(brak kursu dla %1: pominięto w sumach)</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Forecast %1 – %2, in %3</source>
            <translation>Prognoza %1 – %2, w %3</translation>
        </message>
        <message>
            <source>Stages and funnel shape</source>
            <translation>Etapy i kształt lejka</translation>
        </message>
        <message>
            <source>Needs attention (%L1)</source>
            <translation>Wymaga uwagi (%L1)</translation>
        </message>
    </context>
    <context>
        <name>FunnelShape</name>
        <message>
            <source>Too few open deals (%1) to judge the shape of the funnel.</source>
            <translation>Za mało otwartych szans (%1), by ocenić kształt lejka.</translation>
        </message>
        <message>
            <source>The top of the funnel is thin: %1 holds %2 of open deals vs %3 expected — prospecting is short.</source>
            <translation>Góra lejka jest cienka: %1 ma %2 otwartych szans wobec oczekiwanych %3 — za mało pozyskiwania.</translation>
        </message>
        <message>
            <source>Deals pile up in %1: %2 of open deals vs %3 expected — they are not being advanced or closed.</source>
            <translation>Szanse gromadzą się w %1: %2 otwartych szans wobec oczekiwanych %3 — nie są popychane dalej ani zamykane.</translation>
        </message>
        <message>
            <source>The funnel narrows steadily from %1 to %2.</source>
            <translation>Lejek zwęża się równomiernie od %1 do %2.</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
    </context>
    <context>
        <name>FunnelTableModel</name>
        <message>
            <source>(new)</source>
            <translation>(nowa)</translation>
        </message>
        <message>
            <source>%1 (reopened)</source>
            <translation>%1 (ponownie otwarta)</translation>
        </message>
        <message numerus="yes">
            <source>Moved back to an earlier stage during the period (%n stage change(s)).</source>
            <translation>
                <numerusform>Cofnięta do wcześniejszego etapu w okresie (%n zmiana etapu).</numerusform>
                <numerusform>Cofnięta do wcześniejszego etapu w okresie (%n zmiany etapu).</numerusform>
                <numerusform>Cofnięta do wcześniejszego etapu w okresie (%n zmian etapu).</numerusform>
            </translation>
        </message>
        <message>
            <source>Also stalled: no stage change and no interaction for too long.</source>
            <translation>Również zastała: zbyt długo bez zmiany etapu i bez interakcji.</translation>
        </message>
        <message>
            <source>Owned by %1 at the start of the period</source>
            <translation>Na początku okresu opiekunem był %1</translation>
        </message>
        <message>
            <source>Was %1 at the start of the period</source>
            <translation>Na początku okresu: %1</translation>
        </message>
        <message>
            <source>No exchange rate for %1: left out of the totals</source>
            <translation>Brak kursu dla %1: pominięto w sumach</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Opiekun</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Szansa</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Kwota</translation>
        </message>
        <message>
            <source>Stage at start</source>
            <translation>Etap na początku</translation>
        </message>
        <message>
            <source>Stage now</source>
            <translation>Etap teraz</translation>
        </message>
        <message>
            <source>Days in stage</source>
            <translation>Dni w etapie</translation>
        </message>
        <message>
            <source>Close date</source>
            <translation>Data zamknięcia</translation>
        </message>
        <message>
            <source>Slipped</source>
            <translation>Przesunięcia</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Prognoza</translation>
        </message>
        <message>
            <source>Weighted</source>
            <translation>Ważona</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Przepływ</translation>
        </message>
    </context>
    <context>
        <name>GenerateCommand</name>
        <message>
            <source>Writes a deterministic demo or benchmark workspace.</source>
            <translation>Zapisuje deterministyczną przestrzeń demonstracyjną lub testową.</translation>
        </message>
        <message>
            <source>The workspace file to create (must not exist).</source>
            <translation>Plik przestrzeni roboczej do utworzenia (nie może istnieć).</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>PLIK</translation>
        </message>
        <message>
            <source>Number of deals (default 300).</source>
            <translation>Liczba szans (domyślnie 300).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Number of reps (default 8).</source>
            <translation>Liczba handlowców (domyślnie 8).</translation>
        </message>
        <message>
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <source>Number of managers the reps report to (default 2).</source>
            <translation>Liczba kierowników, którym podlegają handlowcy (domyślnie 2).</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>Seed of the random choices (default 42).</source>
            <translation>Ziarno losowania (domyślnie 42).</translation>
        </message>
        <message>
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <source>The day the history ends (default: today).</source>
            <translation>Dzień, w którym kończy się historia (domyślnie: dziś).</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>RRRR-MM-DD</translation>
        </message>
        <message>
            <source>Average interactions per deal (default 10).</source>
            <translation>Średnia liczba interakcji na szansę (domyślnie 10).</translation>
        </message>
        <message>
            <source>K</source>
            <translation>K</translation>
        </message>
        <message>
            <source>Base currency of the workspace (default USD).</source>
            <translation>Waluta bazowa przestrzeni roboczej (domyślnie USD).</translation>
        </message>
        <message>
            <source>CUR</source>
            <translation>WAL</translation>
        </message>
        <message>
            <source>generate needs --out FILE.</source>
            <translation>generate wymaga --out PLIK.</translation>
        </message>
        <message>
            <source>--seed needs a whole number, not "%1".</source>
            <translation>--seed wymaga liczby całkowitej, a nie „%1”.</translation>
        </message>
        <message>
            <source>--today needs a date such as 2026-06-30, not "%1".</source>
            <translation>--today wymaga daty, np. 2026-06-30, a nie „%1”.</translation>
        </message>
        <message>
            <source>%1 exists already; choose another file or remove it first.</source>
            <translation>%1 już istnieje; wybierz inny plik lub najpierw go usuń.</translation>
        </message>
        <message>
            <source>Generating... %1 %</source>
            <translation>Generowanie… %1 %</translation>
        </message>
        <message>
            <source>Wrote %1: %2 deals, %3 deal events, %4 interactions, %5 accounts, %6 contacts, %7 leads, %8 owners in %9 s.</source>
            <translation>Zapisano %1: %2 szans, %3 zdarzeń szans, %4 interakcji, %5 klientów, %6 kontaktów, %7 leadów, %8 opiekunów w %9 s.</translation>
        </message>
        <message>
            <source>--%1 needs a whole number of at least %2, not "%3".</source>
            <translation>--%1 wymaga liczby całkowitej co najmniej %2, a nie „%3”.</translation>
        </message>
    </context>
    <context>
        <name>GoalsPage</name>
        <message>
            <source>&amp;New sheet</source>
            <translation>&amp;Nowy arkusz</translation>
        </message>
        <message>
            <source>Delete sheet</source>
            <translation>Usuń arkusz</translation>
        </message>
        <message>
            <source>FY</source>
            <translation>RO</translation>
        </message>
        <message>
            <source>E&amp;xport Markdown</source>
            <translation>&amp;Eksportuj Markdown</translation>
        </message>
        <message>
            <source>Goal sheet as Markdown…</source>
            <translation>Arkusz celów jako Markdown…</translation>
        </message>
        <message>
            <source>Alignment as Markdown…</source>
            <translation>Powiązania jako Markdown…</translation>
        </message>
        <message>
            <source>&amp;Sheet</source>
            <translation>&amp;Arkusz</translation>
        </message>
        <message>
            <source>&amp;Alignment</source>
            <translation>&amp;Powiązania</translation>
        </message>
        <message>
            <source>Mid-year &amp;refresh</source>
            <translation>&amp;Odświeżenie w połowie roku</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Osoba:</translation>
        </message>
        <message>
            <source>&amp;Fiscal year:</source>
            <translation>&amp;Rok obrachunkowy:</translation>
        </message>
        <message>
            <source>%1 (team)</source>
            <translation>%1 (zespół)</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>This workspace has no people yet: add the team before writing goal sheets.</source>
            <translation>W tej przestrzeni roboczej nie ma jeszcze osób: dodaj zespół przed pisaniem arkuszy celów.</translation>
        </message>
        <message>
            <source>Open a workspace to see its goal sheets.</source>
            <translation>Otwórz przestrzeń roboczą, aby zobaczyć jej arkusze celów.</translation>
        </message>
        <message>
            <source>%1 has no goal sheet for FY%2 yet.</source>
            <translation>%1 nie ma jeszcze arkusza celów na RO%2.</translation>
        </message>
        <message>
            <source>Write the goal sheet of %1</source>
            <translation>Napisz arkusz celów: %1</translation>
        </message>
        <message>
            <source>Write a goal sheet first; snapshots of it appear here.</source>
            <translation>Najpierw napisz arkusz celów; jego migawki pojawią się tutaj.</translation>
        </message>
        <message>
            <source>Goal sheet not saved</source>
            <translation>Arkusz celów nie został zapisany</translation>
        </message>
        <message>
            <source>New goal sheet</source>
            <translation>Nowy arkusz celów</translation>
        </message>
        <message>
            <source>Delete goal sheet</source>
            <translation>Usuń arkusz celów</translation>
        </message>
        <message>
            <source>Delete the goal sheet %1 of %2? Methods of the team linked to it will show as unlinked. Edit ▸ Undo brings it back.</source>
            <translation>Usunąć arkusz celów %1 osoby %2? Metody zespołu powiązane z nim będą widoczne jako niepowiązane. Edycja ▸ Cofnij go przywróci.</translation>
        </message>
        <message>
            <source>Snapshot of %1</source>
            <translation>Migawka z %1</translation>
        </message>
        <message>
            <source>Export Markdown</source>
            <translation>Eksportuj Markdown</translation>
        </message>
        <message>
            <source>There is no goal sheet to export.</source>
            <translation>Nie ma arkusza celów do eksportu.</translation>
        </message>
        <message>
            <source>Alignment FY%1 %2.md</source>
            <translation>Powiązania RO%1 %2.md</translation>
        </message>
        <message>
            <source>V2MOM FY%1 %2.md</source>
            <translation>V2MOM RO%1 %2.md</translation>
        </message>
        <message>
            <source>Export alignment</source>
            <translation>Eksportuj powiązania</translation>
        </message>
        <message>
            <source>Export goal sheet</source>
            <translation>Eksportuj arkusz celów</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Nie można zapisać %1: %2</translation>
        </message>
    </context>
    <context>
        <name>GuiOptions</name>
        <message>
            <source>The workspace to open.</source>
            <translation>Przestrzeń robocza do otwarcia.</translation>
        </message>
        <message>
            <source>Colour theme: system, light or dark.</source>
            <translation>Motyw kolorów: system, light lub dark.</translation>
        </message>
        <message>
            <source>theme</source>
            <translation>motyw</translation>
        </message>
        <message>
            <source>The area to show first.</source>
            <translation>Obszar pokazywany na początku.</translation>
        </message>
        <message>
            <source>area</source>
            <translation>obszar</translation>
        </message>
        <message>
            <source>Save a picture of the window to a PNG file and exit.</source>
            <translation>Zapisz obraz okna do pliku PNG i zakończ.</translation>
        </message>
        <message>
            <source>png</source>
            <translation>png</translation>
        </message>
        <message>
            <source>Window size for --screenshot.</source>
            <translation>Rozmiar okna dla --screenshot.</translation>
        </message>
        <message>
            <source>WxH</source>
            <translation>SxW</translation>
        </message>
        <message>
            <source>User-interface language: system, en, zh_CN or pl.</source>
            <translation>Język interfejsu: system, en, zh_CN lub pl.</translation>
        </message>
        <message>
            <source>language</source>
            <translation>język</translation>
        </message>
        <message>
            <source>Show the welcome page.</source>
            <translation>Pokaż ekran powitalny.</translation>
        </message>
        <message>
            <source>Only one workspace file can be opened.</source>
            <translation>Można otworzyć tylko jeden plik przestrzeni roboczej.</translation>
        </message>
        <message>
            <source>Unknown theme %1: use system, light or dark.</source>
            <translation>Nieznany motyw %1: użyj system, light lub dark.</translation>
        </message>
        <message>
            <source>Unknown area %1: use pipeline, behaviour, strategy, accounts, funnel, charts or goals.</source>
            <translation>Nieznany obszar %1: użyj pipeline, behaviour, strategy, accounts, funnel, charts lub goals.</translation>
        </message>
        <message>
            <source>Unknown language %1: use system, en, zh_CN or pl.</source>
            <translation>Nieznany język %1: użyj system, en, zh_CN lub pl.</translation>
        </message>
        <message>
            <source>--size takes WIDTHxHEIGHT, e.g. 1280x800.</source>
            <translation>--size przyjmuje SZEROKOŚĆxWYSOKOŚĆ, np. 1280x800.</translation>
        </message>
        <message>
            <source>Open the demo workspace (made on first use).</source>
            <translation>Otwórz przykładowy obszar roboczy (tworzony przy pierwszym użyciu).</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <source>Imports deals from another CRM's CSV export into a workspace.</source>
            <translation>Importuje szanse z eksportu CSV innego CRM do przestrzeni roboczej.</translation>
        </message>
        <message>
            <source>The workspace file (created when missing).</source>
            <translation>Plik przestrzeni roboczej (tworzony, gdy go brak).</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>PLIK</translation>
        </message>
        <message>
            <source>Base currency of a new workspace and of amounts without one (default USD).</source>
            <translation>Waluta bazowa nowej przestrzeni i kwot bez waluty (domyślnie USD).</translation>
        </message>
        <message>
            <source>CUR</source>
            <translation>WAL</translation>
        </message>
        <message>
            <source>salesforce, salesforce-report, hubspot, pipedrive or generic (default: detected).</source>
            <translation>salesforce, salesforce-report, hubspot, pipedrive lub generic (domyślnie: wykrywany).</translation>
        </message>
        <message>
            <source>PRESET</source>
            <translation>SZABLON</translation>
        </message>
        <message>
            <source>The CSV file.</source>
            <translation>Plik CSV.</translation>
        </message>
        <message>
            <source>FILE.csv</source>
            <translation>PLIK.csv</translation>
        </message>
        <message>
            <source>Salesforce OpportunityHistory.csv (optional).</source>
            <translation>Salesforce OpportunityHistory.csv (opcjonalnie).</translation>
        </message>
        <message>
            <source>[HISTORY.csv]</source>
            <translation>[HISTORIA.csv]</translation>
        </message>
        <message>
            <source>Usage: dealbench import --workspace FILE [--currency CUR] --preset salesforce|salesforce-report|hubspot|pipedrive|generic FILE.csv [HISTORY.csv]</source>
            <translation>Użycie: dealbench import --workspace PLIK [--currency WAL] --preset salesforce|salesforce-report|hubspot|pipedrive|generic PLIK.csv [HISTORIA.csv]</translation>
        </message>
        <message>
            <source>Unknown preset "%1"; use one of: %2</source>
            <translation>Nieznany szablon „%1”; użyj jednego z: %2</translation>
        </message>
        <message>
            <source>--currency takes an ISO 4217 code such as USD, EUR or CNY.</source>
            <translation>--currency przyjmuje kod ISO 4217, np. USD, EUR lub CNY.</translation>
        </message>
        <message>
            <source>%1: not imported: %2</source>
            <translation>%1: nie zaimportowano: %2</translation>
        </message>
        <message>
            <source>%1: not imported: it is not a Salesforce OpportunityHistory.csv (%2)</source>
            <translation>%1: nie zaimportowano: to nie jest Salesforce OpportunityHistory.csv (%2)</translation>
        </message>
        <message>
            <source>OpportunityId, StageName and CreatedDate are needed</source>
            <translation>potrzebne są OpportunityId, StageName i CreatedDate</translation>
        </message>
        <message>
            <source>%1: not imported: no column matches the %2 preset.</source>
            <translation>%1: nie zaimportowano: żadna kolumna nie pasuje do szablonu %2.</translation>
        </message>
        <message>
            <source>%1: %2 rows read (%3, %4 delimited), preset %5</source>
            <translation>%1: odczytano %2 wierszy (%3, separator: %4), szablon %5</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulator</translation>
        </message>
        <message>
            <source>deals: %1 created, %2 updated; skipped rows: %3</source>
            <translation>szanse: %1 utworzonych, %2 zaktualizowanych; pominięte wiersze: %3</translation>
        </message>
        <message>
            <source>accounts: %1 created, %2 existing linked; owners: %3 created, %4 existing linked; contacts: %5 created; stages: %6 created</source>
            <translation>klienci: %1 utworzonych, %2 istniejących powiązanych; opiekunowie: %3 utworzonych, %4 istniejących powiązanych; kontakty: %5 utworzonych; etapy: %6 utworzonych</translation>
        </message>
        <message>
            <source>%1 report footer lines after the data were left out</source>
            <translation>Pominięto %1 wierszy stopki raportu po danych</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>wiersz %1: %2</translation>
        </message>
        <message>
            <source>Skipped rows:</source>
            <translation>Pominięte wiersze:</translation>
        </message>
        <message>
            <source>Warnings:</source>
            <translation>Ostrzeżenia:</translation>
        </message>
        <message>
            <source>import %1 (can be reverted as a whole in the application)</source>
            <translation>import %1 (można go cofnąć w całości w aplikacji)</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>średnik</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>przecinek</translation>
        </message>
        <message>
            <source>… and %1 more</source>
            <translation>… i %1 więcej</translation>
        </message>
    </context>
    <context>
        <name>ImportField</name>
        <message>
            <source>(ignore)</source>
            <translation>(pomiń)</translation>
        </message>
        <message>
            <source>Deal: ID in the other system</source>
            <translation>Szansa: ID w innym systemie</translation>
        </message>
        <message>
            <source>Deal: name</source>
            <translation>Szansa: nazwa</translation>
        </message>
        <message>
            <source>Account: name</source>
            <translation>Klient: nazwa</translation>
        </message>
        <message>
            <source>Owner (rep)</source>
            <translation>Opiekun (handlowiec)</translation>
        </message>
        <message>
            <source>Owner's manager</source>
            <translation>Kierownik opiekuna</translation>
        </message>
        <message>
            <source>Deal: stage</source>
            <translation>Szansa: etap</translation>
        </message>
        <message>
            <source>Deal: status (open/won/lost)</source>
            <translation>Szansa: status (open/won/lost)</translation>
        </message>
        <message>
            <source>Deal: won (true/false)</source>
            <translation>Szansa: wygrana (true/false)</translation>
        </message>
        <message>
            <source>Deal: closed (true/false)</source>
            <translation>Szansa: zamknięta (true/false)</translation>
        </message>
        <message>
            <source>Deal: amount</source>
            <translation>Szansa: kwota</translation>
        </message>
        <message>
            <source>Deal: currency</source>
            <translation>Szansa: waluta</translation>
        </message>
        <message>
            <source>Deal: probability</source>
            <translation>Szansa: prawdopodobieństwo</translation>
        </message>
        <message>
            <source>Deal: expected close date</source>
            <translation>Szansa: przewidywana data zamknięcia</translation>
        </message>
        <message>
            <source>Deal: created</source>
            <translation>Szansa: utworzona</translation>
        </message>
        <message>
            <source>Deal: last stage change</source>
            <translation>Szansa: ostatnia zmiana etapu</translation>
        </message>
        <message>
            <source>Deal: won on</source>
            <translation>Szansa: data wygranej</translation>
        </message>
        <message>
            <source>Deal: lost on</source>
            <translation>Szansa: data przegranej</translation>
        </message>
        <message>
            <source>Deal: forecast category</source>
            <translation>Szansa: kategoria prognozy</translation>
        </message>
        <message>
            <source>Deal: lead source</source>
            <translation>Szansa: źródło leada</translation>
        </message>
        <message>
            <source>Deal: lost reason</source>
            <translation>Szansa: powód przegranej</translation>
        </message>
        <message>
            <source>Deal: product</source>
            <translation>Szansa: produkt</translation>
        </message>
        <message>
            <source>Contact: name</source>
            <translation>Kontakt: imię i nazwisko</translation>
        </message>
        <message>
            <source>Contact: e-mail</source>
            <translation>Kontakt: e-mail</translation>
        </message>
        <message>
            <source>Contact: phone</source>
            <translation>Kontakt: telefon</translation>
        </message>
        <message>
            <source>Contact: title</source>
            <translation>Kontakt: stanowisko</translation>
        </message>
        <message>
            <source>Account: industry</source>
            <translation>Klient: branża</translation>
        </message>
        <message>
            <source>Account: employees</source>
            <translation>Klient: liczba pracowników</translation>
        </message>
        <message>
            <source>Account: region</source>
            <translation>Klient: region</translation>
        </message>
        <message>
            <source>Row deleted (true/false)</source>
            <translation>Wiersz usunięty (true/false)</translation>
        </message>
    </context>
    <context>
        <name>ImportFilePage</name>
        <message>
            <source>Choose the file</source>
            <translation>Wybierz plik</translation>
        </message>
        <message>
            <source>A CSV or TSV export of deals from Salesforce, HubSpot, Pipedrive or a spreadsheet. Nothing changes in the workspace until the last step.</source>
            <translation>Eksport szans w CSV lub TSV z Salesforce, HubSpot, Pipedrive lub arkusza kalkulacyjnego. Do ostatniego kroku nic w przestrzeni roboczej się nie zmienia.</translation>
        </message>
        <message>
            <source>optional: Salesforce OpportunityHistory.csv</source>
            <translation>opcjonalnie: Salesforce OpportunityHistory.csv</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Przeglądaj…</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>Pliki CSV (*.csv *.tsv *.txt);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Import CSV</source>
            <translation>Import CSV</translation>
        </message>
        <message>
            <source>Stage history</source>
            <translation>Historia etapów</translation>
        </message>
        <message>
            <source>&amp;Deals file:</source>
            <translation>Plik &amp;szans:</translation>
        </message>
        <message>
            <source>Stage &amp;history:</source>
            <translation>&amp;Historia etapów:</translation>
        </message>
        <message>
            <source>%1 is not a stage history: it needs the columns OpportunityId, StageName and CreatedDate.</source>
            <translation>%1 nie jest historią etapów: potrzebne są kolumny OpportunityId, StageName i CreatedDate.</translation>
        </message>
    </context>
    <context>
        <name>ImportFormatPage</name>
        <message>
            <source>Check how the file is read</source>
            <translation>Sprawdź, jak plik jest odczytywany</translation>
        </message>
        <message>
            <source>Encoding and delimiter were detected; change them if the text below looks wrong.</source>
            <translation>Wykryto kodowanie i separator; zmień je, jeśli tekst poniżej wygląda źle.</translation>
        </message>
        <message>
            <source>Comma</source>
            <translation>Przecinek</translation>
        </message>
        <message>
            <source>Semicolon</source>
            <translation>Średnik</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tabulator</translation>
        </message>
        <message>
            <source>Vertical bar</source>
            <translation>Kreska pionowa</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>&amp;Kodowanie:</translation>
        </message>
        <message>
            <source>&amp;Delimiter:</source>
            <translation>&amp;Separator:</translation>
        </message>
        <message>
            <source>&amp;Header row:</source>
            <translation>Wiersz &amp;nagłówka:</translation>
        </message>
        <message>
            <source>%1 data rows, %2 columns.</source>
            <translation>%1 wierszy danych, %2 kolumn.</translation>
        </message>
        <message>
            <source>Some bytes are not valid in this encoding; try another one.</source>
            <translation>Niektóre bajty są niepoprawne w tym kodowaniu; spróbuj innego.</translation>
        </message>
        <message numerus="yes">
            <source>%n footer line(s) after a blank line will be left out.</source>
            <translation>
                <numerusform>%n wiersz stopki po pustym wierszu zostanie pominięty.</numerusform>
                <numerusform>%n wiersze stopki po pustym wierszu zostaną pominięte.</numerusform>
                <numerusform>%n wierszy stopki po pustym wierszu zostanie pominiętych.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) do not match the header: %1</source>
            <translation>
                <numerusform>%n wiersz nie pasuje do nagłówka: %1</numerusform>
                <numerusform>%n wiersze nie pasują do nagłówka: %1</numerusform>
                <numerusform>%n wierszy nie pasuje do nagłówka: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportHistoryDialog</name>
        <message>
            <source>&amp;Revert Import…</source>
            <translation>&amp;Cofnij import…</translation>
        </message>
        <message>
            <source>Import History</source>
            <translation>Historia importów</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Zaimportowano</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Plik</translation>
        </message>
        <message>
            <source>New deals</source>
            <translation>Nowe szanse</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Zaktualizowane</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>zaimportowano</translation>
        </message>
        <message>
            <source>reverted %1</source>
            <translation>cofnięto %1</translation>
        </message>
        <message>
            <source>Revert Import</source>
            <translation>Cofnij import</translation>
        </message>
        <message>
            <source>Take the deals, accounts and owners that the import of %1 created out of the workspace, and put back the values it changed? Rows edited since stay as they are.</source>
            <translation>Usunąć z przestrzeni roboczej szanse, klientów i opiekunów utworzonych przez import z %1 i przywrócić zmienione przez niego wartości? Wiersze edytowane później pozostaną bez zmian.</translation>
        </message>
        <message>
            <source>Reverted %1 rows.</source>
            <translation>Cofnięto %1 wierszy.</translation>
        </message>
        <message>
            <source>Reverted %1 rows. %2 rows were edited after the import (or are used by such rows) and were left as they are.</source>
            <translation>Cofnięto %1 wierszy. %2 wierszy edytowano po imporcie (lub używają ich takie wiersze) i pozostawiono bez zmian.</translation>
        </message>
    </context>
    <context>
        <name>ImportMappingPage</name>
        <message>
            <source>Map the columns</source>
            <translation>Przypisz kolumny</translation>
        </message>
        <message>
            <source>Choose what each column holds. The mapping is remembered for files with the same columns.</source>
            <translation>Wybierz, co zawiera każda kolumna. Przypisanie zostanie zapamiętane dla plików z tymi samymi kolumnami.</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Kolumna w pliku</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>Pierwsze wartości</translation>
        </message>
        <message>
            <source>Dealbench field</source>
            <translation>Pole Dealbench</translation>
        </message>
        <message>
            <source>&amp;Preset:</source>
            <translation>&amp;Szablon:</translation>
        </message>
        <message>
            <source>Using the mapping you chose the last time a file with these columns was imported.</source>
            <translation>Używane jest przypisanie wybrane przy ostatnim imporcie pliku z tymi kolumnami.</translation>
        </message>
        <message>
            <source>Preset detected from the column names.</source>
            <translation>Szablon wykryty na podstawie nazw kolumn.</translation>
        </message>
    </context>
    <context>
        <name>ImportPlanner</name>
        <message>
            <source>deleted in the other system</source>
            <translation>usunięty w innym systemie</translation>
        </message>
        <message>
            <source>not a number of employees: %1</source>
            <translation>to nie jest liczba pracowników: %1</translation>
        </message>
        <message>
            <source>the row names no deal</source>
            <translation>wiersz nie wskazuje szansy</translation>
        </message>
        <message>
            <source>not a probability: %1</source>
            <translation>to nie jest prawdopodobieństwo: %1</translation>
        </message>
        <message>
            <source>no stage</source>
            <translation>brak etapu</translation>
        </message>
        <message>
            <source>the amount "%1" is not a number</source>
            <translation>kwota „%1” nie jest liczbą</translation>
        </message>
        <message>
            <source>not a date: %1</source>
            <translation>to nie jest data: %1</translation>
        </message>
        <message>
            <source>duplicate of row %1</source>
            <translation>duplikat wiersza %1</translation>
        </message>
        <message>
            <source>Stage history: %1 deals got their stage changes.</source>
            <translation>Historia etapów: %1 szans otrzymało swoje zmiany etapów.</translation>
        </message>
    </context>
    <context>
        <name>ImportPresets</name>
        <message>
            <source>Salesforce data export (Opportunity.csv)</source>
            <translation>Eksport danych Salesforce (Opportunity.csv)</translation>
        </message>
        <message>
            <source>Salesforce opportunity report</source>
            <translation>Raport szans Salesforce</translation>
        </message>
        <message>
            <source>HubSpot deals export</source>
            <translation>Eksport transakcji HubSpot</translation>
        </message>
        <message>
            <source>Pipedrive deals export</source>
            <translation>Eksport transakcji Pipedrive</translation>
        </message>
        <message>
            <source>Generic (match columns by name)</source>
            <translation>Ogólny (dopasuj kolumny po nazwie)</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewPage</name>
        <message>
            <source>Preview</source>
            <translation>Podgląd</translation>
        </message>
        <message>
            <source>The first 100 rows. Red cells cannot be read; green accounts and owners exist already and will be linked.</source>
            <translation>Pierwsze 100 wierszy. Czerwonych komórek nie da się odczytać; zieloni klienci i opiekunowie już istnieją i zostaną powiązani.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importuj</translation>
        </message>
        <message>
            <source>Stage in the file</source>
            <translation>Etap w pliku</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Staje się</translation>
        </message>
        <message>
            <source>Stages the pipeline does not have:</source>
            <translation>Etapy, których lejek nie ma:</translation>
        </message>
        <message>
            <source>New stage "%1"</source>
            <translation>Nowy etap „%1”</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importuj jako</translation>
        </message>
        <message>
            <source>skipped: %1</source>
            <translation>pominięto: %1</translation>
        </message>
        <message>
            <source>update</source>
            <translation>aktualizacja</translation>
        </message>
        <message>
            <source>new deal</source>
            <translation>nowa szansa</translation>
        </message>
        <message>
            <source>details</source>
            <translation>szczegóły</translation>
        </message>
        <message>
            <source>Linked to the existing account "%1"</source>
            <translation>Powiązano z istniejącym klientem „%1”</translation>
        </message>
        <message>
            <source>Linked to the existing owner "%1"</source>
            <translation>Powiązano z istniejącym opiekunem „%1”</translation>
        </message>
        <message>
            <source>%1 rows: %2 new deals, %3 updates, %4 skipped, %5 warnings. Accounts: %6 new, %7 existing linked. Owners: %8 new, %9 existing linked. New stages: %10.</source>
            <translation>%1 wierszy: %2 nowych szans, %3 aktualizacji, %4 pominiętych, %5 ostrzeżeń. Klienci: %6 nowych, %7 istniejących powiązanych. Opiekunowie: %8 nowych, %9 istniejących powiązanych. Nowe etapy: %10.</translation>
        </message>
        <message numerus="yes">
            <source>Checking %Ln row(s) against the workspace…</source>
            <translation>
                <numerusform>Sprawdzanie %Ln wiersza względem obszaru roboczego…</numerusform>
                <numerusform>Sprawdzanie %Ln wierszy względem obszaru roboczego…</numerusform>
                <numerusform>Sprawdzanie %Ln wierszy względem obszaru roboczego…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportResultPage</name>
        <message>
            <source>Import report</source>
            <translation>Raport z importu</translation>
        </message>
        <message>
            <source>The file was imported. Edit ▸ Import History can revert it as a whole.</source>
            <translation>Plik zaimportowano. Edycja ▸ Historia importów pozwala cofnąć go w całości.</translation>
        </message>
        <message>
            <source>Nothing was imported; the workspace is unchanged.</source>
            <translation>Niczego nie zaimportowano; przestrzeń robocza jest bez zmian.</translation>
        </message>
        <message>
            <source>Rows read: %1</source>
            <translation>Odczytane wiersze: %1</translation>
        </message>
        <message>
            <source>Deals: %1 created, %2 updated</source>
            <translation>Szanse: %1 utworzonych, %2 zaktualizowanych</translation>
        </message>
        <message>
            <source>Accounts: %1 created, %2 existing linked</source>
            <translation>Klienci: %1 utworzonych, %2 istniejących powiązanych</translation>
        </message>
        <message>
            <source>Owners: %1 created, %2 existing linked</source>
            <translation>Opiekunowie: %1 utworzonych, %2 istniejących powiązanych</translation>
        </message>
        <message>
            <source>Contacts created: %1; stages created: %2</source>
            <translation>Utworzone kontakty: %1; utworzone etapy: %2</translation>
        </message>
        <message>
            <source>Report footer lines left out: %1</source>
            <translation>Pominięte wiersze stopki raportu: %1</translation>
        </message>
        <message>
            <source>Rows skipped (%1):</source>
            <translation>Pominięte wiersze (%1):</translation>
        </message>
        <message>
            <source>  line %1: %2</source>
            <translation>  wiersz %1: %2</translation>
        </message>
        <message>
            <source>Warnings (%1):</source>
            <translation>Ostrzeżenia (%1):</translation>
        </message>
        <message>
            <source>Cancel Import</source>
            <translation>Anuluj import</translation>
        </message>
        <message>
            <source>Cancelling: rolling back…</source>
            <translation>Anulowanie: wycofywanie zmian…</translation>
        </message>
        <message>
            <source>Importing in one transaction: Cancel leaves the workspace as it was.</source>
            <translation>Import w jednej transakcji: Anuluj pozostawia przestrzeń roboczą bez zmian.</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Rozpoczynanie…</translation>
        </message>
        <message>
            <source>Checking rows: %1 of %2</source>
            <translation>Sprawdzanie wierszy: %1 z %2</translation>
        </message>
        <message>
            <source>Writing deals: %1 of %2</source>
            <translation>Zapisywanie szans: %1 z %2</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Zakończono</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Nie zaimportowano</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import CSV</source>
            <translation>Import CSV</translation>
        </message>
    </context>
    <context>
        <name>InfoCommand</name>
        <message>
            <source>Shows what is in a workspace file.</source>
            <translation>Pokazuje zawartość pliku przestrzeni roboczej.</translation>
        </message>
        <message>
            <source>The workspace file to read.</source>
            <translation>Plik przestrzeni roboczej do odczytu.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>PLIK</translation>
        </message>
        <message>
            <source>Print JSON for scripts instead of text.</source>
            <translation>Wypisz JSON dla skryptów zamiast tekstu.</translation>
        </message>
        <message>
            <source>info needs --workspace FILE.</source>
            <translation>info wymaga --workspace PLIK.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>brak</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Obszar roboczy</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Plik</translation>
        </message>
        <message>
            <source>Format version</source>
            <translation>Wersja formatu</translation>
        </message>
        <message>
            <source>Open deals</source>
            <translation>Otwarte szanse</translation>
        </message>
        <message>
            <source>Won deals</source>
            <translation>Wygrane szanse</translation>
        </message>
        <message>
            <source>Lost deals</source>
            <translation>Przegrane szanse</translation>
        </message>
        <message>
            <source>Open amount</source>
            <translation>Kwota otwarta</translation>
        </message>
        <message>
            <source>Won amount</source>
            <translation>Kwota wygranych</translation>
        </message>
        <message>
            <source>Lost amount</source>
            <translation>Kwota przegranych</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Klienci</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakty</translation>
        </message>
        <message>
            <source>Owners</source>
            <translation>Właściciele</translation>
        </message>
        <message>
            <source>Interactions</source>
            <translation>Interakcje</translation>
        </message>
        <message>
            <source>Deal events</source>
            <translation>Zdarzenia szans</translation>
        </message>
        <message>
            <source>Open deals by stage:</source>
            <translation>Otwarte szanse według etapu:</translation>
        </message>
    </context>
    <context>
        <name>InputRules</name>
        <message>
            <source>%1 is longer than %2 characters.</source>
            <translation>%1 ma więcej niż %2 znaków.</translation>
        </message>
        <message>
            <source>%1 must lie between the years %2 and %3.</source>
            <translation>%1 musi przypadać między rokiem %2 a %3.</translation>
        </message>
        <message>
            <source>%1 cannot be negative.</source>
            <translation>%1 nie może być ujemne.</translation>
        </message>
        <message>
            <source>%1 is too large.</source>
            <translation>%1 jest za duże.</translation>
        </message>
    </context>
    <context>
        <name>InteractionForm</name>
        <message>
            <source>Change the date</source>
            <translation>Zmień datę</translation>
        </message>
        <message>
            <source>Change the type</source>
            <translation>Zmień typ</translation>
        </message>
        <message>
            <source>Change the appointment</source>
            <translation>Zmień umówienie</translation>
        </message>
        <message>
            <source>Referral from the CFO, cold call …</source>
            <translation>Polecenie od dyrektora finansowego, zimny telefon…</translation>
        </message>
        <message>
            <source>Edit how it was secured</source>
            <translation>Edytuj, jak umówiono</translation>
        </message>
        <message>
            <source>Change who was met</source>
            <translation>Zmień, z kim się spotkano</translation>
        </message>
        <message>
            <source>Agree to a technical workshop with IT</source>
            <translation>Zgoda na warsztat techniczny z działem IT</translation>
        </message>
        <message>
            <source>Edit the objective</source>
            <translation>Edytuj cel</translation>
        </message>
        <message>
            <source>Edit the minimum objective</source>
            <translation>Edytuj cel minimalny</translation>
        </message>
        <message>
            <source>Opening; situation, problem, implication and need-payoff questions; what to show</source>
            <translation>Otwarcie; pytania o sytuację, problem, konsekwencje i korzyści; co pokazać</translation>
        </message>
        <message>
            <source>Edit the conversation logic</source>
            <translation>Edytuj przebieg rozmowy</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>&amp;Kiedy</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Typ</translation>
        </message>
        <message>
            <source>&amp;Appointment</source>
            <translation>&amp;Umówienie</translation>
        </message>
        <message>
            <source>How secured</source>
            <translation>Jak umówiono</translation>
        </message>
        <message>
            <source>Contacts met</source>
            <translation>Osoby, z którymi się spotkano</translation>
        </message>
        <message>
            <source>&amp;Objective</source>
            <translation>&amp;Cel</translation>
        </message>
        <message>
            <source>Minimum objective</source>
            <translation>Cel minimalny</translation>
        </message>
        <message>
            <source>Conversation logic</source>
            <translation>Przebieg rozmowy</translation>
        </message>
        <message>
            <source>Edit the customer needs</source>
            <translation>Edytuj potrzeby klienta</translation>
        </message>
        <message>
            <source>In the customer's words</source>
            <translation>Słowami klienta</translation>
        </message>
        <message>
            <source>Edit the advantages</source>
            <translation>Edytuj atuty</translation>
        </message>
        <message>
            <source>Set the outcome</source>
            <translation>Ustaw wynik</translation>
        </message>
        <message>
            <source>Edit the commitment</source>
            <translation>Edytuj zobowiązanie</translation>
        </message>
        <message>
            <source>Edit the next step</source>
            <translation>Edytuj następny krok</translation>
        </message>
        <message>
            <source>Change the next-step date</source>
            <translation>Zmień datę następnego kroku</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Podsumowanie</translation>
        </message>
        <message>
            <source>Customer needs</source>
            <translation>Potrzeby klienta</translation>
        </message>
        <message>
            <source>Advantages that moved them</source>
            <translation>Atuty, które ich przekonały</translation>
        </message>
        <message>
            <source>O&amp;utcome</source>
            <translation>&amp;Wynik</translation>
        </message>
        <message>
            <source>Commitment obtained</source>
            <translation>Uzyskane zobowiązanie</translation>
        </message>
        <message>
            <source>&amp;Next step</source>
            <translation>&amp;Następny krok</translation>
        </message>
        <message>
            <source>Next step date</source>
            <translation>Data następnego kroku</translation>
        </message>
        <message>
            <source>Coaching</source>
            <translation>Coaching</translation>
        </message>
        <message>
            <source>Edit the coaching note</source>
            <translation>Edytuj notatkę coachingową</translation>
        </message>
        <message>
            <source>Manager's note</source>
            <translation>Notatka kierownika</translation>
        </message>
        <message>
            <source>Rate a skill</source>
            <translation>Oceń umiejętność</translation>
        </message>
        <message>
            <source>Select an interaction, or plan one with Ctrl+Shift+N.</source>
            <translation>Wybierz interakcję lub zaplanuj nową przez Ctrl+Shift+N.</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Behaviour table</source>
            <translation>Tabela działań</translation>
        </message>
        <message>
            <source>Log review</source>
            <translation>Zapisz podsumowanie</translation>
        </message>
    </context>
    <context>
        <name>InteractionService</name>
        <message>
            <source>An interaction needs a date and time.</source>
            <translation>Interakcja wymaga daty i godziny.</translation>
        </message>
        <message>
            <source>Skill ratings go from 1 to 5.</source>
            <translation>Oceny umiejętności wynoszą od 1 do 5.</translation>
        </message>
        <message>
            <source>The interaction no longer exists.</source>
            <translation>Ta interakcja już nie istnieje.</translation>
        </message>
        <message>
            <source>The date and time</source>
            <translation>Data i godzina</translation>
        </message>
        <message>
            <source>The next step's date</source>
            <translation>Data następnego kroku</translation>
        </message>
        <message>
            <source>How the appointment was secured</source>
            <translation>Sposób umówienia spotkania</translation>
        </message>
        <message>
            <source>The best objective</source>
            <translation>Cel najlepszy</translation>
        </message>
        <message>
            <source>The minimum objective</source>
            <translation>Cel minimalny</translation>
        </message>
        <message>
            <source>The conversation logic</source>
            <translation>Przebieg rozmowy</translation>
        </message>
        <message>
            <source>The customer's needs</source>
            <translation>Potrzeby klienta</translation>
        </message>
        <message>
            <source>The advantages</source>
            <translation>Atuty</translation>
        </message>
        <message>
            <source>The commitment</source>
            <translation>Zobowiązanie</translation>
        </message>
        <message>
            <source>The next step</source>
            <translation>Następny krok</translation>
        </message>
        <message>
            <source>The coach's note</source>
            <translation>Notatka coachingowa</translation>
        </message>
    </context>
    <context>
        <name>LeadSource</name>
        <message>
            <source>Referral</source>
            <translation>Polecenie</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Strona WWW</translation>
        </message>
        <message>
            <source>Social</source>
            <translation>Media społecznościowe</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Wydarzenie</translation>
        </message>
        <message>
            <source>Webinar</source>
            <translation>Webinar</translation>
        </message>
        <message>
            <source>Email campaign</source>
            <translation>Kampania e-mailowa</translation>
        </message>
        <message>
            <source>Purchased list</source>
            <translation>Kupiona lista</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Outbound</source>
            <translation>Outbound</translation>
        </message>
    </context>
    <context>
        <name>LeadSourceChart</name>
        <message>
            <source>No leads came in during this period for this filter.</source>
            <translation>W tym okresie dla tego filtra nie pojawiły się żadne leady.</translation>
        </message>
        <message>
            <source>Lead → opportunity</source>
            <translation>Lead → szansa</translation>
        </message>
        <message>
            <source>Opportunity → won</source>
            <translation>Szansa → wygrana</translation>
        </message>
        <message>
            <source>Lead → won</source>
            <translation>Lead → wygrana</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Rate (%)</source>
            <translation>Współczynnik (%)</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Leads: %2&lt;br&gt;Opportunities: %3 (%4)&lt;br&gt;Won: %5 (%6 of opportunities, %7 of leads)&lt;br&gt;Median days to convert: %8</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Leady: %2&lt;br&gt;Szanse: %3 (%4)&lt;br&gt;Wygrane: %5 (%6 szans, %7 leadów)&lt;br&gt;Mediana dni do konwersji: %8</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Źródło</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Leady</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Szanse</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Wygrane</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Otwarte</translation>
        </message>
        <message>
            <source>Lead → opp.</source>
            <translation>Lead → szansa</translation>
        </message>
        <message>
            <source>Opp. → won</source>
            <translation>Szansa → wygr.</translation>
        </message>
        <message>
            <source>Median days to convert</source>
            <translation>Mediana dni do konwersji</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>Wszystkie źródła</translation>
        </message>
        <message>
            <source>Leads created in the period (count in brackets) and what became of them so far: opportunity → won counts every opportunity, still open ones too, so recent leads look weaker until their deals close. Sorted by lead → won.</source>
            <translation>Leady utworzone w okresie (liczba w nawiasie) i co się z nimi dotąd stało: szansa → wygrana liczy każdą szansę, także wciąż otwarte, więc świeże leady wyglądają słabiej, dopóki ich szanse się nie zamkną. Sortowane według lead → wygrana.</translation>
        </message>
    </context>
    <context>
        <name>LostReason</name>
        <message>
            <source>Price</source>
            <translation>Cena</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Konkurent</translation>
        </message>
        <message>
            <source>No decision</source>
            <translation>Brak decyzji</translation>
        </message>
        <message>
            <source>No budget</source>
            <translation>Brak budżetu</translation>
        </message>
        <message>
            <source>Timing</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Product fit</source>
            <translation>Dopasowanie produktu</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Inne</translation>
        </message>
    </context>
    <context>
        <name>LostReasonDialog</name>
        <message>
            <source>Mark as lost</source>
            <translation>Oznacz jako przegraną</translation>
        </message>
        <message>
            <source>Choose a reason…</source>
            <translation>Wybierz powód…</translation>
        </message>
        <message>
            <source>Who won the deal (optional)</source>
            <translation>Kto wygrał (opcjonalnie)</translation>
        </message>
        <message>
            <source>What happened (optional)</source>
            <translation>Co się stało (opcjonalnie)</translation>
        </message>
        <message>
            <source>Why was “%1” lost?</source>
            <translation>Dlaczego przegrano „%1”?</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Powód</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Konkurent</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Dealbench</source>
            <translation>Dealbench</translation>
        </message>
        <message>
            <source>%1 — Dealbench</source>
            <translation>%1 — Dealbench</translation>
        </message>
        <message>
            <source>No workspace open</source>
            <translation>Brak otwartej przestrzeni roboczej</translation>
        </message>
    </context>
    <context>
        <name>MeasureBinding</name>
        <message>
            <source>Entered by hand</source>
            <translation>Wprowadzane ręcznie</translation>
        </message>
        <message>
            <source>Closed-won amount</source>
            <translation>Kwota wygranych</translation>
        </message>
        <message>
            <source>Collections received</source>
            <translation>Otrzymane wpływy</translation>
        </message>
        <message>
            <source>New pipeline created</source>
            <translation>Nowo utworzony lejek</translation>
        </message>
        <message>
            <source>Deals won</source>
            <translation>Wygrane szanse</translation>
        </message>
        <message>
            <source>Win rate</source>
            <translation>Współczynnik wygranych</translation>
        </message>
        <message>
            <source>Average sales cycle</source>
            <translation>Średni cykl sprzedaży</translation>
        </message>
        <message>
            <source>Interactions with an action objective</source>
            <translation>Interakcje z celem</translation>
        </message>
        <message>
            <source>Deals created in a segment</source>
            <translation>Szanse utworzone w segmencie</translation>
        </message>
        <message>
            <source>Strategic accounts with an account plan</source>
            <translation>Klienci strategiczni z planem klienta</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Zespół</translation>
        </message>
        <message>
            <source>Own</source>
            <translation>Własne</translation>
        </message>
        <message>
            <source>deals</source>
            <translation>szans</translation>
        </message>
        <message>
            <source>days</source>
            <translation>dni</translation>
        </message>
        <message>
            <source>interactions</source>
            <translation>interakcji</translation>
        </message>
        <message>
            <source>accounts</source>
            <translation>klientów</translation>
        </message>
    </context>
    <context>
        <name>MeasureProgress</name>
        <message>
            <source>No target</source>
            <translation>Brak celu</translation>
        </message>
        <message>
            <source>No data yet</source>
            <translation>Brak danych</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Nie rozpoczęto</translation>
        </message>
        <message>
            <source>Ahead</source>
            <translation>Przed planem</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>Zgodnie z planem</translation>
        </message>
        <message>
            <source>Behind</source>
            <translation>Za planem</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Osiągnięta</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Nieosiągnięta</translation>
        </message>
    </context>
    <context>
        <name>MeasuresPanel</name>
        <message>
            <source>Selected measure</source>
            <translation>Wybrana miara</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wartość</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <source>The first day the measure counts; empty: the fiscal year's first day</source>
            <translation>Pierwszy dzień liczenia miary; puste: pierwszy dzień roku obrachunkowego</translation>
        </message>
        <message>
            <source>e.g. Enterprise</source>
            <translation>np. Duże firmy</translation>
        </message>
        <message>
            <source>e.g. Financial services</source>
            <translation>np. Usługi finansowe</translation>
        </message>
        <message>
            <source>Add up the entries</source>
            <translation>Sumuj wpisy</translation>
        </message>
        <message>
            <source>Take the latest entry</source>
            <translation>Weź ostatni wpis</translation>
        </message>
        <message>
            <source>Change measure start</source>
            <translation>Zmień początek miary</translation>
        </message>
        <message>
            <source>Change measure segment</source>
            <translation>Zmień segment miary</translation>
        </message>
        <message>
            <source>Change measure industry</source>
            <translation>Zmień branżę miary</translation>
        </message>
        <message>
            <source>Change how entries count</source>
            <translation>Zmień sposób liczenia wpisów</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Początek</translation>
        </message>
        <message>
            <source>Se&amp;gment / industry</source>
            <translation>Se&amp;gment / branża</translation>
        </message>
        <message>
            <source>&amp;Entries</source>
            <translation>&amp;Wpisy</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Miara</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cel</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Jednostka</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Postęp</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Value against the target; the tick is where the calendar says it should be by today</source>
            <translation>Wartość wobec celu; znacznik pokazuje, gdzie według kalendarza powinna być dziś</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Tempo</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Źródło</translation>
        </message>
        <message>
            <source>Whose</source>
            <translation>Czyje</translation>
        </message>
        <message>
            <source>Own data, or the team's: the person and everyone who reports to them</source>
            <translation>Własne dane lub zespołu: ta osoba i wszyscy jej podwładni</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metoda</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>New measure</source>
            <translation>Nowa miara</translation>
        </message>
        <message>
            <source>Add measure</source>
            <translation>Dodaj miarę</translation>
        </message>
        <message>
            <source>Remove measure</source>
            <translation>Usuń miarę</translation>
        </message>
        <message>
            <source>Edit measure</source>
            <translation>Edytuj miarę</translation>
        </message>
        <message>
            <source>Add a measure: a number with a target and a due date.</source>
            <translation>Dodaj miarę: liczbę z celem i terminem.</translation>
        </message>
        <message>
            <source>Selected measure: %1</source>
            <translation>Wybrana miara: %1</translation>
        </message>
        <message>
            <source>Live from the pipeline: %1, %2 (%3 behind the value).</source>
            <translation>Na żywo z lejka: %1, %2 (%3 za tą wartością).</translation>
        </message>
        <message>
            <source>Left out for want of an exchange rate: %1.</source>
            <translation>Pominięto z braku kursu waluty: %1.</translation>
        </message>
        <message>
            <source>Entered by hand: add an entry with its date whenever there is progress.</source>
            <translation>Wprowadzane ręcznie: dodaj wpis z datą przy każdym postępie.</translation>
        </message>
        <message>
            <source>Period: %1 to %2.</source>
            <translation>Okres: od %1 do %2.</translation>
        </message>
        <message>
            <source>By today the calendar asks for %1.</source>
            <translation>Według kalendarza na dziś potrzeba %1.</translation>
        </message>
        <message>
            <source>Add entry</source>
            <translation>Dodaj wpis</translation>
        </message>
        <message>
            <source>Remove entry</source>
            <translation>Usuń wpis</translation>
        </message>
        <message>
            <source>Edit entry</source>
            <translation>Edytuj wpis</translation>
        </message>
    </context>
    <context>
        <name>Merge</name>
        <message>
            <source>it contains an unexpected %1</source>
            <translation>zawiera nieoczekiwany element %1</translation>
        </message>
        <message>
            <source>its %1 differs from this version's</source>
            <translation>jego %1 różni się od tej wersji</translation>
        </message>
        <message>
            <source>it lacks the %1</source>
            <translation>brakuje w nim %1</translation>
        </message>
    </context>
    <context>
        <name>MergeCommand</name>
        <message>
            <source>Imports team members' workspace files into a team workspace by row id: newer rows win, deletions carry over, conflicts are listed.</source>
            <translation>Importuje pliki przestrzeni roboczych członków zespołu do przestrzeni zespołu według id wierszy: nowsze wiersze wygrywają, usunięcia są przenoszone, konflikty wypisywane.</translation>
        </message>
        <message>
            <source>The team workspace to import into.</source>
            <translation>Przestrzeń robocza zespołu, do której importować.</translation>
        </message>
        <message>
            <source>TEAM</source>
            <translation>ZESPÓŁ</translation>
        </message>
        <message>
            <source>The team members' workspace files.</source>
            <translation>Pliki przestrzeni roboczych członków zespołu.</translation>
        </message>
        <message>
            <source>REP...</source>
            <translation>HANDLOWIEC...</translation>
        </message>
        <message>
            <source>Usage: dealbench merge --into TEAM.dealbench REP.dealbench...</source>
            <translation>Użycie: dealbench merge --into ZESPÓŁ.dealbench HANDLOWIEC.dealbench...</translation>
        </message>
        <message>
            <source>%1: not imported: %2</source>
            <translation>%1: nie zaimportowano: %2</translation>
        </message>
        <message>
            <source>%1: %2 new rows, %3 updated, %4 conflicts, %5 rows left out</source>
            <translation>%1: %2 nowych wierszy, %3 zaktualizowanych, %4 konfliktów, %5 wierszy pominiętych</translation>
        </message>
        <message>
            <source>Conflicts (the newer version was kept):</source>
            <translation>Konflikty (zachowano nowszą wersję):</translation>
        </message>
        <message>
            <source>Rows left out:</source>
            <translation>Pominięte wiersze:</translation>
        </message>
        <message>
            <source>… and %1 more (see the merge log in the team file)</source>
            <translation>… i %1 więcej (zobacz dziennik scalania w pliku zespołu)</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Add Files…</source>
            <translation>Dodaj pliki…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importuj</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>Import Team Members' Files</source>
            <translation>Importuj pliki członków zespołu</translation>
        </message>
        <message>
            <source>Rows are matched by id: the newer version of each row wins, deletions carry over, and rows changed on both sides since the last import are listed below. Importing the same file again changes nothing.</source>
            <translation>Wiersze są dopasowywane według id: wygrywa nowsza wersja każdego wiersza, usunięcia są przenoszone, a wiersze zmienione po obu stronach od ostatniego importu są wymienione poniżej. Ponowny import tego samego pliku niczego nie zmienia.</translation>
        </message>
        <message>
            <source>Import Team Member's File</source>
            <translation>Importuj plik członka zespołu</translation>
        </message>
        <message>
            <source>Dealbench workspaces (*.dealbench)</source>
            <translation>Przestrzenie robocze Dealbench (*.dealbench)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Rozpoczynanie…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Anulowanie…</translation>
        </message>
        <message>
            <source>%1: %2 new rows, %3 updated, %4 conflicts, %5 left out</source>
            <translation>%1: %2 nowych wierszy, %3 zaktualizowanych, %4 konfliktów, %5 pominiętych</translation>
        </message>
        <message>
            <source>%1: cancelled, nothing imported</source>
            <translation>%1: anulowano, niczego nie zaimportowano</translation>
        </message>
        <message>
            <source>%1: not imported: %2</source>
            <translation>%1: nie zaimportowano: %2</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Zakończono</translation>
        </message>
    </context>
    <context>
        <name>MergeIssueModel</name>
        <message>
            <source>Left out</source>
            <translation>Pominięte</translation>
        </message>
        <message>
            <source>Conflict: their version kept</source>
            <translation>Konflikt: zachowano ich wersję</translation>
        </message>
        <message>
            <source>Conflict: ours kept</source>
            <translation>Konflikt: zachowano naszą</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Plik</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Co</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabela</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Wiersz</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Powód</translation>
        </message>
        <message>
            <source>Version not kept</source>
            <translation>Niezachowana wersja</translation>
        </message>
    </context>
    <context>
        <name>MergeStore</name>
        <message>
            <source>changed in both files since the last import</source>
            <translation>zmieniony w obu plikach od ostatniego importu</translation>
        </message>
    </context>
    <context>
        <name>MergeValidator</name>
        <message>
            <source>%1 is missing</source>
            <translation>brak %1</translation>
        </message>
        <message>
            <source>%1 is not text</source>
            <translation>%1 nie jest tekstem</translation>
        </message>
        <message>
            <source>%1 is too long</source>
            <translation>%1 jest za długie</translation>
        </message>
        <message>
            <source>%1 is not a whole number</source>
            <translation>%1 nie jest liczbą całkowitą</translation>
        </message>
        <message>
            <source>%1 is not a number</source>
            <translation>%1 nie jest liczbą</translation>
        </message>
        <message>
            <source>%1 is not a valid id</source>
            <translation>%1 nie jest poprawnym id</translation>
        </message>
        <message>
            <source>%1 is not a valid time</source>
            <translation>%1 nie jest poprawnym czasem</translation>
        </message>
        <message>
            <source>%1 lies in the future</source>
            <translation>%1 leży w przyszłości</translation>
        </message>
        <message>
            <source>%1 is not a valid date</source>
            <translation>%1 nie jest poprawną datą</translation>
        </message>
        <message>
            <source>%1 is out of range</source>
            <translation>%1 jest poza zakresem</translation>
        </message>
        <message>
            <source>%1 is not a currency code</source>
            <translation>%1 nie jest kodem waluty</translation>
        </message>
        <message>
            <source>deleted is neither 0 nor 1</source>
            <translation>deleted nie jest ani 0, ani 1</translation>
        </message>
        <message>
            <source>breaks the rule %1</source>
            <translation>narusza regułę %1</translation>
        </message>
        <message>
            <source>%1 refers to a %2 row that is missing or was left out</source>
            <translation>%1 odwołuje się do wiersza %2, którego brak lub który pominięto</translation>
        </message>
        <message>
            <source>%1 is negative</source>
            <translation>%1 jest ujemne</translation>
        </message>
        <message>
            <source>%1 is before %2 or after %3</source>
            <translation>%1 jest przed %2 lub po %3</translation>
        </message>
    </context>
    <context>
        <name>MethodListModel</name>
        <message>
            <source>(untitled method)</source>
            <translation>(metoda bez nazwy)</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>linked method was removed</source>
            <translation>powiązaną metodę usunięto</translation>
        </message>
        <message>
            <source>linked to another sheet</source>
            <translation>powiązana z innym arkuszem</translation>
        </message>
        <message>
            <source>The manager's method this one supported was removed.</source>
            <translation>Metoda kierownika, którą ta wspierała, została usunięta.</translation>
        </message>
        <message>
            <source>The manager's method "%1" that this one supported was removed.</source>
            <translation>Metoda kierownika „%1”, którą ta wspierała, została usunięta.</translation>
        </message>
    </context>
    <context>
        <name>MethodsPanel</name>
        <message>
            <source>Add</source>
            <translation>Dodaj</translation>
        </message>
        <message>
            <source>Add a method (Insert)</source>
            <translation>Dodaj metodę (Insert)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Remove the method (Delete)</source>
            <translation>Usuń metodę (Delete)</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>W górę</translation>
        </message>
        <message>
            <source>Raise the priority (Alt+Up)</source>
            <translation>Podnieś priorytet (Alt+Up)</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>W dół</translation>
        </message>
        <message>
            <source>Lower the priority (Alt+Down)</source>
            <translation>Obniż priorytet (Alt+Down)</translation>
        </message>
        <message>
            <source>How you will get there, e.g. "Run a referral programme"</source>
            <translation>Jak to osiągniesz, np. „Uruchomić program poleceń”</translation>
        </message>
        <message>
            <source>What it takes, in a sentence or two</source>
            <translation>Czego to wymaga, w jednym lub dwóch zdaniach</translation>
        </message>
        <message>
            <source>The method of the manager's sheet this one supports</source>
            <translation>Metoda z arkusza kierownika, którą ta wspiera</translation>
        </message>
        <message>
            <source>Rename method</source>
            <translation>Zmień nazwę metody</translation>
        </message>
        <message>
            <source>Edit method description</source>
            <translation>Edytuj opis metody</translation>
        </message>
        <message>
            <source>Link method to the manager's</source>
            <translation>Powiąż metodę z metodą kierownika</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Tytuł</translation>
        </message>
        <message>
            <source>D&amp;escription</source>
            <translation>&amp;Opis</translation>
        </message>
        <message>
            <source>&amp;Supports</source>
            <translation>&amp;Wspiera</translation>
        </message>
        <message>
            <source>Change method priority</source>
            <translation>Zmień priorytet metody</translation>
        </message>
        <message>
            <source>New method</source>
            <translation>Nowa metoda</translation>
        </message>
        <message>
            <source>Add method</source>
            <translation>Dodaj metodę</translation>
        </message>
        <message>
            <source>Remove method</source>
            <translation>Usuń metodę</translation>
        </message>
        <message>
            <source>— reports to nobody —</source>
            <translation>— nie podlega nikomu —</translation>
        </message>
        <message>
            <source>— not linked —</source>
            <translation>— niepowiązana —</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>⚠ Linked method was removed</source>
            <translation>⚠ Powiązaną metodę usunięto</translation>
        </message>
        <message>
            <source>⚠ Linked method was removed: %1</source>
            <translation>⚠ Powiązaną metodę usunięto: %1</translation>
        </message>
        <message>
            <source>⚠ Linked to another sheet: %1</source>
            <translation>⚠ Powiązana z innym arkuszem: %1</translation>
        </message>
    </context>
    <context>
        <name>MoveDealCommand</name>
        <message>
            <source>Move “%1” to %2</source>
            <translation>Przenieś „%1” do etapu %2</translation>
        </message>
    </context>
    <context>
        <name>NavigationSidebar</name>
        <message>
            <source>Dealbench</source>
            <translation>Dealbench</translation>
        </message>
    </context>
    <context>
        <name>NewWorkspaceDialog</name>
        <message>
            <source>New Workspace</source>
            <translation>Nowa przestrzeń robocza</translation>
        </message>
        <message>
            <source>e.g. Team East 2026</source>
            <translation>np. Zespół Wschód 2026</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcjonalnie</translation>
        </message>
        <message>
            <source>A workspace is one file with your pipeline, tables and goals. You can send it to your manager.</source>
            <translation>Przestrzeń robocza to jeden plik z Twoim lejkiem, tabelami i celami. Możesz go wysłać kierownikowi.</translation>
        </message>
        <message>
            <source>Workspace &amp;name:</source>
            <translation>&amp;Nazwa przestrzeni roboczej:</translation>
        </message>
        <message>
            <source>Base &amp;currency:</source>
            <translation>Waluta &amp;bazowa:</translation>
        </message>
        <message>
            <source>&amp;Your name:</source>
            <translation>&amp;Twoje imię i nazwisko:</translation>
        </message>
        <message>
            <source>Your &amp;manager:</source>
            <translation>Twój &amp;kierownik:</translation>
        </message>
        <message>
            <source>Choose &amp;File…</source>
            <translation>Wybierz &amp;plik…</translation>
        </message>
    </context>
    <context>
        <name>NewWorkspaceFlow</name>
        <message>
            <source>New Workspace</source>
            <translation>Nowa przestrzeń robocza</translation>
        </message>
        <message>
            <source>Dealbench workspaces (*.dealbench)</source>
            <translation>Przestrzenie robocze Dealbench (*.dealbench)</translation>
        </message>
        <message>
            <source>Cannot Create Workspace</source>
            <translation>Nie można utworzyć przestrzeni roboczej</translation>
        </message>
        <message>
            <source>%1 is the workspace that is open. Choose another file name.</source>
            <translation>%1 to otwarta przestrzeń robocza. Wybierz inną nazwę pliku.</translation>
        </message>
        <message>
            <source>%1 could not be replaced. Is it write-protected?</source>
            <translation>Nie można zastąpić %1. Czy jest chroniony przed zapisem?</translation>
        </message>
    </context>
    <context>
        <name>PerformanceChart</name>
        <message>
            <source>Leads</source>
            <translation>Leady</translation>
        </message>
        <message>
            <source>Lead → opp.</source>
            <translation>Lead → szansa</translation>
        </message>
        <message>
            <source>Win rate</source>
            <translation>Współczynnik wygranych</translation>
        </message>
        <message>
            <source>Deal size</source>
            <translation>Wielkość szansy</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Wpływy</translation>
        </message>
        <message>
            <source>Cycle (inv.)</source>
            <translation>Cykl (odwr.)</translation>
        </message>
        <message>
            <source>no collection data</source>
            <translation>brak danych o wpływach</translation>
        </message>
        <message>
            <source>Index</source>
            <translation>Indeks</translation>
        </message>
        <message>
            <source>Weakest lever</source>
            <translation>Najsłabsza dźwignia</translation>
        </message>
        <message>
            <source>Index (team = 100)</source>
            <translation>Indeks (zespół = 100)</translation>
        </message>
        <message>
            <source>Team = 100</source>
            <translation>Zespół = 100</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>b.d.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3&lt;br&gt;Team: %4&lt;br&gt;Index: %5</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3&lt;br&gt;Zespół: %4&lt;br&gt;Indeks: %5</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>Handlowiec</translation>
        </message>
        <message>
            <source>Avg deal size</source>
            <translation>Śr. wielkość szansy</translation>
        </message>
        <message>
            <source>Collection ratio</source>
            <translation>Wskaźnik wpływów</translation>
        </message>
        <message>
            <source>= Collections</source>
            <translation>= Wpływy</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Cykl</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Zespół</translation>
        </message>
        <message>
            <source>No leads and no closed deals in this period for this filter.</source>
            <translation>W tym okresie dla tego filtra nie ma leadów ani zamkniętych szans.</translation>
        </message>
        <message>
            <source>Collections = leads × lead→opportunity × win rate × average deal size × collection ratio. Each bar is the rep's lever against the team (= 100); the cycle is inverted so that above 100 is better everywhere. Red: the weakest lever.</source>
            <translation>Wpływy = leady × lead→szansa × współczynnik wygranych × średnia wielkość szansy × wskaźnik wpływów. Każdy słupek to dźwignia handlowca wobec zespołu (= 100); cykl jest odwrócony, więc wszędzie powyżej 100 znaczy lepiej. Na czerwono: najsłabsza dźwignia.</translation>
        </message>
        <message>
            <source>No collection data: the collection ratio is taken as 1.</source>
            <translation>Brak danych o wpływach: wskaźnik wpływów przyjęto jako 1.</translation>
        </message>
        <message>
            <source>%1 ▸</source>
            <translation>%1 ▸</translation>
        </message>
        <message>
            <source>%1 (no data)</source>
            <translation>%1 (brak danych)</translation>
        </message>
    </context>
    <context>
        <name>PerformanceFormula</name>
        <message>
            <source>Leads</source>
            <translation>Leady</translation>
        </message>
        <message>
            <source>Lead → opportunity</source>
            <translation>Lead → szansa</translation>
        </message>
        <message>
            <source>Win rate</source>
            <translation>Współczynnik wygranych</translation>
        </message>
        <message>
            <source>Average deal size</source>
            <translation>Średnia wielkość szansy</translation>
        </message>
        <message>
            <source>Collection ratio</source>
            <translation>Wskaźnik wpływów</translation>
        </message>
        <message>
            <source>Cycle length</source>
            <translation>Długość cyklu</translation>
        </message>
    </context>
    <context>
        <name>PipelineBoardPage</name>
        <message>
            <source>Pipeline</source>
            <translation>Lejek sprzedaży</translation>
        </message>
        <message>
            <source>Stages…</source>
            <translation>Etapy…</translation>
        </message>
        <message>
            <source>Edit pipelines and stages</source>
            <translation>Edytuj lejki i etapy</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>Nowa szansa</translation>
        </message>
        <message>
            <source>New deal (%1)</source>
            <translation>Nowa szansa (%1)</translation>
        </message>
        <message>
            <source>Open deals &lt;b&gt;%1&lt;/b&gt; · &lt;b&gt;%2&lt;/b&gt; · %3 weighted</source>
            <translation>Otwarte szanse &lt;b&gt;%1&lt;/b&gt; · &lt;b&gt;%2&lt;/b&gt; · %3 ważona</translation>
        </message>
        <message numerus="yes">
            <source>%n deal(s) without an exchange rate left out</source>
            <translation>
                <numerusform>Pominięto %n szansę bez kursu waluty</numerusform>
                <numerusform>Pominięto %n szanse bez kursu waluty</numerusform>
                <numerusform>Pominięto %n szans bez kursu waluty</numerusform>
            </translation>
        </message>
        <message>
            <source>Move deal</source>
            <translation>Przenieś szansę</translation>
        </message>
        <message>
            <source>Save deal</source>
            <translation>Zapisz szansę</translation>
        </message>
        <message>
            <source>Plan a visit</source>
            <translation>Zaplanuj wizytę</translation>
        </message>
    </context>
    <context>
        <name>PipelineEditorDialog</name>
        <message>
            <source>Pipelines and stages</source>
            <translation>Lejki i etapy</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etap</translation>
        </message>
        <message>
            <source>Win %</source>
            <translation>Wygrana %</translation>
        </message>
        <message>
            <source>Rotting days</source>
            <translation>Limit dni</translation>
        </message>
        <message>
            <source>Milestone to enter</source>
            <translation>Kamień milowy wejścia</translation>
        </message>
        <message>
            <source>Add pipeline…</source>
            <translation>Dodaj lejek…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Zmień nazwę…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Dodaj etap</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>Usuń etap</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Przesuń w górę</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Przesuń w dół</translation>
        </message>
        <message>
            <source>Add pipeline</source>
            <translation>Dodaj lejek</translation>
        </message>
        <message>
            <source>Name of the new pipeline:</source>
            <translation>Nazwa nowego lejka:</translation>
        </message>
        <message>
            <source>Rename pipeline</source>
            <translation>Zmień nazwę lejka</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nazwa:</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>Nowy etap</translation>
        </message>
    </context>
    <context>
        <name>PipelineService</name>
        <message>
            <source>A workspace keeps at least one pipeline.</source>
            <translation>Przestrzeń robocza musi mieć co najmniej jeden lejek.</translation>
        </message>
        <message>
            <source>The pipeline still has deals. Move them to another pipeline first.</source>
            <translation>W lejku wciąż są szanse. Najpierw przenieś je do innego lejka.</translation>
        </message>
        <message>
            <source>Won and Lost stay at the end of the pipeline.</source>
            <translation>Wygrana i Przegrana pozostają na końcu lejka.</translation>
        </message>
        <message>
            <source>The stage cannot move there.</source>
            <translation>Etapu nie można tam przenieść.</translation>
        </message>
        <message>
            <source>A probability is between 0 and 100 %.</source>
            <translation>Prawdopodobieństwo wynosi od 0 do 100 %.</translation>
        </message>
        <message>
            <source>Rotting days are between 0 (never) and %1.</source>
            <translation>Limit dni wynosi od 0 (nigdy) do %1.</translation>
        </message>
        <message>
            <source>Won and Lost cannot be deleted.</source>
            <translation>Etapów Wygrana i Przegrana nie można usunąć.</translation>
        </message>
        <message>
            <source>A pipeline keeps at least one open stage.</source>
            <translation>Lejek musi mieć co najmniej jeden otwarty etap.</translation>
        </message>
        <message numerus="yes">
            <source>%n deal(s) are still in this stage. Move them to another stage first.</source>
            <translation>
                <numerusform>W tym etapie wciąż są szanse (%n). Najpierw przenieś je do innego etapu.</numerusform>
                <numerusform>W tym etapie wciąż są szanse (%n). Najpierw przenieś je do innego etapu.</numerusform>
                <numerusform>W tym etapie wciąż są szanse (%n). Najpierw przenieś je do innego etapu.</numerusform>
            </translation>
        </message>
        <message>
            <source>The stage no longer exists.</source>
            <translation>Ten etap już nie istnieje.</translation>
        </message>
        <message>
            <source>The pipeline no longer exists.</source>
            <translation>Ten lejek już nie istnieje.</translation>
        </message>
        <message>
            <source>A name is needed.</source>
            <translation>Potrzebna jest nazwa.</translation>
        </message>
        <message>
            <source>The name is longer than %1 characters.</source>
            <translation>Nazwa jest dłuższa niż %1 znaków.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferencje</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Ogólne</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Systemowy</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Jasny</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Ciemny</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Język:</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Motyw:</translation>
        </message>
        <message>
            <source>Default &amp;currency:</source>
            <translation>Domyślna &amp;waluta:</translation>
        </message>
        <message>
            <source>&amp;Fiscal year starts in:</source>
            <translation>&amp;Rok obrachunkowy zaczyna się w:</translation>
        </message>
        <message>
            <source>&amp;Week starts on:</source>
            <translation>&amp;Tydzień zaczyna się w:</translation>
        </message>
        <message>
            <source>This workspace</source>
            <translation>Ta przestrzeń robocza</translation>
        </message>
        <message>
            <source>Nobody in particular</source>
            <translation>Nikt konkretny</translation>
        </message>
        <message>
            <source>The first pipeline</source>
            <translation>Pierwszy lejek</translation>
        </message>
        <message>
            <source>%1 (manager)</source>
            <translation>%1 (kierownik)</translation>
        </message>
        <message>
            <source>Open a workspace to choose.</source>
            <translation>Otwórz przestrzeń roboczą, aby wybrać.</translation>
        </message>
        <message>
            <source>Which owner you are: "My deals" and your goals follow it.</source>
            <translation>Którym opiekunem jesteś: według tego działają „Moje szanse” i Twoje cele.</translation>
        </message>
        <message>
            <source>&amp;I am:</source>
            <translation>&amp;Jestem:</translation>
        </message>
        <message>
            <source>Default &amp;pipeline:</source>
            <translation>Domyślny &amp;lejek:</translation>
        </message>
        <message>
            <source>Automatic backups</source>
            <translation>Automatyczne kopie zapasowe</translation>
        </message>
        <message>
            <source>Default folder</source>
            <translation>Folder domyślny</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Przeglądaj…</translation>
        </message>
        <message>
            <source>Back&amp;up folder:</source>
            <translation>Folder &amp;kopii:</translation>
        </message>
        <message>
            <source>&amp;Keep the last:</source>
            <translation>&amp;Zachowaj ostatnie:</translation>
        </message>
        <message>
            <source>Backup Folder</source>
            <translation>Folder kopii zapasowych</translation>
        </message>
        <message>
            <source>The language changes when Dealbench is started again.</source>
            <translation>Język zmieni się po ponownym uruchomieniu Dealbench.</translation>
        </message>
        <message>
            <source>The system theme comes back when Dealbench is started again.</source>
            <translation>Motyw systemowy wróci po ponownym uruchomieniu Dealbench.</translation>
        </message>
    </context>
    <context>
        <name>RecentFilesMenu</name>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Otwórz &amp;ostatnie</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Brak ostatnich plików</translation>
        </message>
        <message>
            <source>&amp;Clear Recent Files</source>
            <translation>&amp;Wyczyść listę ostatnich</translation>
        </message>
    </context>
    <context>
        <name>RelationshipMapView</name>
        <message>
            <source>Relationship map</source>
            <translation>Mapa relacji</translation>
        </message>
        <message>
            <source>%1 ↔ %2</source>
            <translation>%1 ↔ %2</translation>
        </message>
        <message>
            <source>The account has no contacts yet.</source>
            <translation>Ten klient nie ma jeszcze kontaktów.</translation>
        </message>
    </context>
    <context>
        <name>RepScorecardReport</name>
        <message>
            <source>Performance formula</source>
            <translation>Wzór wyników</translation>
        </message>
        <message>
            <source>Collections = leads × lead→opportunity rate × win rate × average deal size × collection ratio; the sales cycle is the sixth lever. Index: the team = 100, above is better.</source>
            <translation>Wpływy = leady × konwersja leadów na szanse × współczynnik wygranych × średnia wartość transakcji × wskaźnik ściągalności; cykl sprzedaży to szósta dźwignia. Indeks: zespół = 100, wyżej znaczy lepiej.</translation>
        </message>
        <message>
            <source>No performance data for this period.</source>
            <translation>Brak danych o wynikach za ten okres.</translation>
        </message>
        <message>
            <source>Levers of %1 against the team</source>
            <translation>Dźwignie: %1 na tle zespołu</translation>
        </message>
        <message>
            <source>Lever</source>
            <translation>Dźwignia</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Zespół</translation>
        </message>
        <message>
            <source>Index</source>
            <translation>Indeks</translation>
        </message>
        <message>
            <source>Weakest lever: %1.</source>
            <translation>Najsłabsza dźwignia: %1.</translation>
        </message>
        <message>
            <source>Levers against the team</source>
            <translation>Dźwignie na tle zespołu</translation>
        </message>
        <message>
            <source>Behaviour table</source>
            <translation>Tabela działań</translation>
        </message>
        <message numerus="yes">
            <source>No customer interaction in the %n week(s) of the period.</source>
            <translation>
                <numerusform>Brak kontaktów z klientami w %n tygodniu okresu.</numerusform>
                <numerusform>Brak kontaktów z klientami w %n tygodniach okresu.</numerusform>
                <numerusform>Brak kontaktów z klientami w %n tygodniach okresu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Customer interactions over %n week(s)</source>
            <translation>
                <numerusform>Kontakty z klientami w ciągu %n tygodnia</numerusform>
                <numerusform>Kontakty z klientami w ciągu %n tygodni</numerusform>
                <numerusform>Kontakty z klientami w ciągu %n tygodni</numerusform>
            </translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Miara</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wartość</translation>
        </message>
        <message>
            <source>Interactions</source>
            <translation>Interakcje</translation>
        </message>
        <message>
            <source>Per week</source>
            <translation>Na tydzień</translation>
        </message>
        <message>
            <source>With a stated objective</source>
            <translation>Z określonym celem</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Podsumowane</translation>
        </message>
        <message>
            <source>Objective hit rate</source>
            <translation>Odsetek osiągniętych celów</translation>
        </message>
        <message>
            <source>Average skill rating (1–5)</source>
            <translation>Średnia ocena umiejętności (1–5)</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>Planowanie</translation>
        </message>
        <message>
            <source>Questioning</source>
            <translation>Zadawanie pytań</translation>
        </message>
        <message>
            <source>Presenting value</source>
            <translation>Prezentowanie wartości</translation>
        </message>
        <message>
            <source>Handling objections</source>
            <translation>Radzenie sobie z obiekcjami</translation>
        </message>
        <message>
            <source>Gaining commitment</source>
            <translation>Uzyskiwanie zobowiązań</translation>
        </message>
        <message>
            <source>Rating: %1</source>
            <translation>Ocena: %1</translation>
        </message>
        <message>
            <source>V2MOM measures %1</source>
            <translation>Mierniki V2MOM %1</translation>
        </message>
        <message>
            <source>%1 has no V2MOM measures for %2.</source>
            <translation>%1 nie ma mierników V2MOM na %2.</translation>
        </message>
        <message>
            <source>Measures as of %1</source>
            <translation>Mierniki na dzień %1</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cel</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Realizacja</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Tempo</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Termin</translation>
        </message>
    </context>
    <context>
        <name>ReportBuilder</name>
        <message>
            <source>%1 has no V2MOM sheet for %2.</source>
            <translation>%1 nie ma arkusza V2MOM na %2.</translation>
        </message>
        <message>
            <source>The deal strategy brief needs a deal (--deal ID).</source>
            <translation>Notatka strategiczna wymaga szansy (--deal ID).</translation>
        </message>
        <message>
            <source>No deal with the id %1.</source>
            <translation>Brak szansy o id %1.</translation>
        </message>
        <message>
            <source>The deal %1 has no strategy sheet.</source>
            <translation>Szansa %1 nie ma arkusza strategii.</translation>
        </message>
        <message>
            <source>No owner named %1.</source>
            <translation>Brak opiekuna o nazwie %1.</translation>
        </message>
        <message>
            <source>The period %1 has not started yet.</source>
            <translation>Okres %1 jeszcze się nie zaczął.</translation>
        </message>
        <message>
            <source>team of %1</source>
            <translation>zespół: %1</translation>
        </message>
        <message>
            <source>The rep scorecard needs a rep (--owner NAME).</source>
            <translation>Karta wyników wymaga handlowca (--owner NAZWA).</translation>
        </message>
        <message>
            <source>The V2MOM report needs a person (--owner NAME).</source>
            <translation>Raport V2MOM wymaga osoby (--owner NAZWA).</translation>
        </message>
        <message>
            <source>Unknown report.</source>
            <translation>Nieznany raport.</translation>
        </message>
    </context>
    <context>
        <name>ReportCommand</name>
        <message>
            <source>The workspace file.</source>
            <translation>Plik przestrzeni roboczej.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>PLIK</translation>
        </message>
        <message>
            <source>ISO week 2026-W47, month 2026-11, quarter 2026-Q4 or year 2026.</source>
            <translation>Tydzień ISO 2026-W47, miesiąc 2026-11, kwartał 2026-Q4 lub rok 2026.</translation>
        </message>
        <message>
            <source>PERIOD</source>
            <translation>OKRES</translation>
        </message>
        <message>
            <source>A rep or manager, by name or id.</source>
            <translation>Handlowiec lub kierownik, według nazwy lub id.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAZWA</translation>
        </message>
        <message>
            <source>A deal id (strategy brief).</source>
            <translation>Id szansy (notatka strategiczna).</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>pdf, html or csv.</source>
            <translation>pdf, html lub csv.</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <source>a4 or letter (PDF).</source>
            <translation>a4 lub letter (PDF).</translation>
        </message>
        <message>
            <source>SIZE</source>
            <translation>ROZMIAR</translation>
        </message>
        <message>
            <source>CSV with a byte-order mark, for Excel.</source>
            <translation>CSV ze znacznikiem BOM, dla Excela.</translation>
        </message>
        <message>
            <source>en, zh_CN, pl ...</source>
            <translation>en, zh_CN, pl ...</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>KOD</translation>
        </message>
        <message>
            <source>Report as of this UTC moment, ISO 8601 (default: now).</source>
            <translation>Raport na ten moment UTC, ISO 8601 (domyślnie: teraz).</translation>
        </message>
        <message>
            <source>TIME</source>
            <translation>CZAS</translation>
        </message>
        <message>
            <source>The file to write.</source>
            <translation>Plik do zapisania.</translation>
        </message>
        <message>
            <source>weekly, scorecard, strategy or v2mom</source>
            <translation>weekly, scorecard, strategy lub v2mom</translation>
        </message>
        <message>
            <source>Name one report: weekly, scorecard, strategy or v2mom.</source>
            <translation>Podaj jeden raport: weekly, scorecard, strategy lub v2mom.</translation>
        </message>
        <message>
            <source>Unknown report %1.</source>
            <translation>Nieznany raport %1.</translation>
        </message>
        <message>
            <source>--workspace and --out are required.</source>
            <translation>Wymagane są --workspace i --out.</translation>
        </message>
        <message>
            <source>Unknown format %1: use pdf, html or csv.</source>
            <translation>Nieznany format %1: użyj pdf, html lub csv.</translation>
        </message>
        <message>
            <source>Unknown page size %1: use a4 or letter.</source>
            <translation>Nieznany rozmiar strony %1: użyj a4 lub letter.</translation>
        </message>
        <message>
            <source>Cannot read the period %1.</source>
            <translation>Nie można odczytać okresu %1.</translation>
        </message>
        <message>
            <source>No workspace file %1.</source>
            <translation>Brak pliku przestrzeni roboczej %1.</translation>
        </message>
        <message>
            <source>Cannot read the time %1.</source>
            <translation>Nie można odczytać czasu %1.</translation>
        </message>
        <message>
            <source>Usage: dealbench report weekly|scorecard|strategy|v2mom --workspace FILE [--period 2026-W47] [--owner NAME] [--deal ID] [--format pdf|html|csv] [--page a4|letter] [--bom] [--language CODE] [--as-of TIME] --out FILE</source>
            <translation>Użycie: dealbench report weekly|scorecard|strategy|v2mom --workspace PLIK [--period 2026-W47] [--owner NAZWA] [--deal ID] [--format pdf|html|csv] [--page a4|letter] [--bom] [--language KOD] [--as-of CZAS] --out PLIK</translation>
        </message>
    </context>
    <context>
        <name>ReportCsv</name>
        <message>
            <source>The report has no tables to write.</source>
            <translation>Raport nie ma tabel do zapisania.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Nie można zapisać %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ReportExport</name>
        <message>
            <source>Cannot write %1.</source>
            <translation>Nie można zapisać %1.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Nie można zapisać %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ReportExportDialog</name>
        <message>
            <source>Export report</source>
            <translation>Eksportuj raport</translation>
        </message>
        <message>
            <source>this week / this quarter (e.g. 2026-W47, 2026-11, 2026-Q4)</source>
            <translation>ten tydzień / ten kwartał (np. 2026-W47, 2026-11, 2026-Q4)</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Wszyscy</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>HTML (one file)</source>
            <translation>HTML (jeden plik)</translation>
        </message>
        <message>
            <source>CSV (the tables)</source>
            <translation>CSV (tabele)</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <source>Byte-order mark for Excel</source>
            <translation>Znacznik BOM dla Excela</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Raport:</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Okres:</translation>
        </message>
        <message>
            <source>Rep or &amp;manager:</source>
            <translation>Handlowiec lub &amp;kierownik:</translation>
        </message>
        <message>
            <source>&amp;Deal:</source>
            <translation>&amp;Szansa:</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>Pa&amp;ge:</source>
            <translation>&amp;Strona:</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Eksportuj…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Drukuj…</translation>
        </message>
        <message>
            <source>Cannot read the period: write 2026-W47, 2026-11, 2026-Q4 or 2026.</source>
            <translation>Nie można odczytać okresu: wpisz 2026-W47, 2026-11, 2026-Q4 lub 2026.</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) as PDF.</source>
            <translation>
                <numerusform>%n strona jako PDF.</numerusform>
                <numerusform>%n strony jako PDF.</numerusform>
                <numerusform>%n stron jako PDF.</numerusform>
            </translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Zapisano: %1</translation>
        </message>
        <message>
            <source>%1 files (*.%2)</source>
            <translation>Pliki %1 (*.%2)</translation>
        </message>
        <message>
            <source>Print report</source>
            <translation>Drukuj raport</translation>
        </message>
        <message>
            <source>The report could not be sent to the printer.</source>
            <translation>Nie można wysłać raportu do drukarki.</translation>
        </message>
    </context>
    <context>
        <name>ReportHtml</name>
        <message>
            <source>Generated %1 by Dealbench</source>
            <translation>Wygenerowano %1 przez Dealbench</translation>
        </message>
    </context>
    <context>
        <name>ReportKinds</name>
        <message>
            <source>Weekly pipeline review</source>
            <translation>Tygodniowy przegląd lejka</translation>
        </message>
        <message>
            <source>Rep scorecard</source>
            <translation>Karta wyników handlowca</translation>
        </message>
        <message>
            <source>Deal strategy brief</source>
            <translation>Notatka strategiczna szansy</translation>
        </message>
        <message>
            <source>V2MOM</source>
            <translation>V2MOM</translation>
        </message>
    </context>
    <context>
        <name>ReportPages</name>
        <message>
            <source>Generated %1 by Dealbench</source>
            <translation>Wygenerowano %1 przez Dealbench</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Strona %1 z %2</translation>
        </message>
    </context>
    <context>
        <name>ReportRange</name>
        <message>
            <source>Week %1, %2 (%3)</source>
            <translation>Tydzień %1, %2 (%3)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Q%1 %2 (%3)</source>
            <translation>Q%1 %2 (%3)</translation>
        </message>
    </context>
    <context>
        <name>ReportTextBuilder</name>
        <message numerus="yes">
            <source>… and %n more row(s): the CSV export has them all.</source>
            <translation>
                <numerusform>… i jeszcze %n wiersz: eksport CSV zawiera wszystkie.</numerusform>
                <numerusform>… i jeszcze %n wiersze: eksport CSV zawiera wszystkie.</numerusform>
                <numerusform>… i jeszcze %n wierszy: eksport CSV zawiera wszystkie.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <source>Restore from Backup</source>
            <translation>Przywróć z kopii zapasowej</translation>
        </message>
        <message>
            <source>There are no backups of this workspace yet in %1.</source>
            <translation>W %1 nie ma jeszcze kopii tej przestrzeni roboczej.</translation>
        </message>
        <message>
            <source>Dealbench keeps a copy of the workspace when you open it (once a day), before upgrading it and before every import or merge. Backups are in %1.</source>
            <translation>Dealbench zachowuje kopię przestrzeni roboczej przy jej otwarciu (raz dziennie), przed uaktualnieniem oraz przed każdym importem lub scaleniem. Kopie są w %1.</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Wykonano</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Powód</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Szanse</translation>
        </message>
        <message>
            <source>Open as a Copy</source>
            <translation>Otwórz jako kopię</translation>
        </message>
        <message>
            <source>Copy the backup beside the workspace and open the copy; nothing is replaced</source>
            <translation>Skopiuj kopię obok przestrzeni roboczej i otwórz ją; nic nie zostanie zastąpione</translation>
        </message>
        <message>
            <source>Replace Workspace…</source>
            <translation>Zastąp przestrzeń roboczą…</translation>
        </message>
        <message>
            <source>Put the backup in place of the workspace (the workspace is backed up first)</source>
            <translation>Wstaw kopię w miejsce przestrzeni roboczej (najpierw zostanie ona zarchiwizowana)</translation>
        </message>
    </context>
    <context>
        <name>ReviewArea</name>
        <message>
            <source>Funnel</source>
            <translation>Tabela lejka</translation>
        </message>
        <message>
            <source>Weekly review</source>
            <translation>Przegląd tygodniowy</translation>
        </message>
        <message>
            <source>Team files</source>
            <translation>Pliki zespołu</translation>
        </message>
        <message>
            <source>Send to &amp;Manager…</source>
            <translation>Wyślij &amp;kierownikowi…</translation>
        </message>
        <message>
            <source>Write a copy of this workspace (or of one rep's deals) for the manager's team file</source>
            <translation>Zapisz kopię tej przestrzeni roboczej (lub szans jednego handlowca) do pliku zespołu kierownika</translation>
        </message>
        <message>
            <source>&amp;Import Team Member's File…</source>
            <translation>&amp;Importuj plik członka zespołu…</translation>
        </message>
        <message>
            <source>Merge a rep's workspace file into this team workspace</source>
            <translation>Scal plik przestrzeni roboczej handlowca z tą przestrzenią zespołu</translation>
        </message>
    </context>
    <context>
        <name>ReviewFormat</name>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1×</source>
            <translation>%1×</translation>
        </message>
    </context>
    <context>
        <name>ReviewNames</name>
        <message>
            <source>(no owner)</source>
            <translation>(brak opiekuna)</translation>
        </message>
        <message>
            <source>(unknown rep)</source>
            <translation>(nieznany handlowiec)</translation>
        </message>
    </context>
    <context>
        <name>ReviewNoteEditor</name>
        <message>
            <source>by</source>
            <translation>autor</translation>
        </message>
        <message>
            <source>Save note</source>
            <translation>Zapisz notatkę</translation>
        </message>
        <message>
            <source>Manager's comment</source>
            <translation>Komentarz kierownika</translation>
        </message>
        <message>
            <source>Agreed next step</source>
            <translation>Uzgodniony następny krok</translation>
        </message>
        <message>
            <source>Choose a deal in the list to write a review note.</source>
            <translation>Wybierz szansę z listy, aby napisać notatkę z przeglądu.</translation>
        </message>
        <message>
            <source>Review note on %1</source>
            <translation>Notatka z przeglądu: %1</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Pipeline waterfall</source>
            <translation>Wykres kaskadowy lejka</translation>
        </message>
        <message>
            <source>Forecast accuracy of past reviews</source>
            <translation>Trafność prognoz z poprzednich przeglądów</translation>
        </message>
        <message>
            <source>Start review</source>
            <translation>Rozpocznij przegląd</translation>
        </message>
        <message>
            <source>Freeze the pipeline and the forecast now; this week's notes are kept with it</source>
            <translation>Zamroź teraz lejek i prognozę; notatki z tego tygodnia zostaną z nimi zachowane</translation>
        </message>
        <message>
            <source>What changed since</source>
            <translation>Co się zmieniło od</translation>
        </message>
        <message>
            <source>Reps:</source>
            <translation>Handlowcy:</translation>
        </message>
        <message>
            <source>Review of %1</source>
            <translation>Przegląd z %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>A day…</source>
            <translation>Dzień…</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Aktualizowanie…</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n zmiana</numerusform>
                <numerusform>%n zmiany</numerusform>
                <numerusform>%n zmian</numerusform>
            </translation>
        </message>
        <message>
            <source>Start a review to keep notes on deals with it.</source>
            <translation>Rozpocznij przegląd, aby zapisywać w nim notatki o szansach.</translation>
        </message>
        <message>
            <source>Choose a deal in the list to write a review note.</source>
            <translation>Wybierz szansę z listy, aby napisać notatkę z przeglądu.</translation>
        </message>
        <message>
            <source>Week %1</source>
            <translation>Tydzień %1</translation>
        </message>
    </context>
    <context>
        <name>ReviewService</name>
        <message>
            <source>The review no longer exists.</source>
            <translation>Ten przegląd już nie istnieje.</translation>
        </message>
        <message>
            <source>A quota must be a positive amount.</source>
            <translation>Plan musi być kwotą dodatnią.</translation>
        </message>
    </context>
    <context>
        <name>ReviewWidgets</name>
        <message>
            <source>Whole team</source>
            <translation>Cały zespół</translation>
        </message>
    </context>
    <context>
        <name>RowTableEditor</name>
        <message>
            <source>Add</source>
            <translation>Dodaj</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Add a row (Insert or Ctrl+Shift+N)</source>
            <translation>Dodaj wiersz (Insert lub Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>Remove the current row (Delete)</source>
            <translation>Usuń bieżący wiersz (Delete)</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>Dodaj wiersz</translation>
        </message>
        <message>
            <source>Remove row</source>
            <translation>Usuń wiersz</translation>
        </message>
    </context>
    <context>
        <name>SendToManagerDialog</name>
        <message>
            <source>The whole workspace</source>
            <translation>Cała przestrzeń robocza</translation>
        </message>
        <message>
            <source>Only the deals of</source>
            <translation>Tylko szanse osoby</translation>
        </message>
        <message>
            <source>Save Copy…</source>
            <translation>Zapisz kopię…</translation>
        </message>
        <message>
            <source>Send to Manager</source>
            <translation>Wyślij kierownikowi</translation>
        </message>
        <message>
            <source>Writes a consistent copy of this workspace that your manager imports into the team file with File ▸ Import Team Member's File…. Rows keep their ids and times, so sending again later only brings what changed.</source>
            <translation>Zapisuje spójną kopię tej przestrzeni roboczej, którą kierownik importuje do pliku zespołu przez Plik ▸ Importuj plik członka zespołu…. Wiersze zachowują swoje id i czasy, więc ponowne wysłanie przenosi tylko zmiany.</translation>
        </message>
        <message>
            <source>Dealbench workspaces (*.dealbench)</source>
            <translation>Przestrzenie robocze Dealbench (*.dealbench)</translation>
        </message>
        <message>
            <source>Choose another file than the open workspace.</source>
            <translation>Wybierz inny plik niż otwarta przestrzeń robocza.</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Zapisywanie %1…</translation>
        </message>
        <message>
            <source>Wrote %1.</source>
            <translation>Zapisano %1.</translation>
        </message>
    </context>
    <context>
        <name>SetQuotaCommand</name>
        <message>
            <source>Set quota of %1</source>
            <translation>Ustaw plan: %1</translation>
        </message>
    </context>
    <context>
        <name>SetReviewNoteCommand</name>
        <message>
            <source>Review note on %1</source>
            <translation>Notatka z przeglądu: %1</translation>
        </message>
    </context>
    <context>
        <name>StageColumnHeader</name>
        <message>
            <source>Fold this column</source>
            <translation>Zwiń tę kolumnę</translation>
        </message>
        <message>
            <source>&lt;b&gt;Milestone to enter:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Kamień milowy wejścia:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>%1 weighted</source>
            <translation>%1 ważona</translation>
        </message>
        <message numerus="yes">
            <source>%n deal(s) in %1 not in the sums (no rate)</source>
            <translation>
                <numerusform>%n szansa w %1 poza sumami (brak kursu)</numerusform>
                <numerusform>%n szanse w %1 poza sumami (brak kursu)</numerusform>
                <numerusform>%n szans w %1 poza sumami (brak kursu)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message numerus="yes">
            <source>%n not converted</source>
            <translation>
                <numerusform>%n nieprzeliczona</numerusform>
                <numerusform>%n nieprzeliczone</numerusform>
                <numerusform>%n nieprzeliczonych</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StageColumnModel</name>
        <message>
            <source>Owner: %1</source>
            <translation>Opiekun: %1</translation>
        </message>
        <message>
            <source>Last interaction: %1</source>
            <translation>Ostatnia interakcja: %1</translation>
        </message>
    </context>
    <context>
        <name>StageColumnWidget</name>
        <message numerus="yes">
            <source>%1: %n deal(s), %2</source>
            <translation>
                <numerusform>%1: %n szansa, %2</numerusform>
                <numerusform>%1: %n szanse, %2</numerusform>
                <numerusform>%1: %n szans, %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n deal(s). Click to open the column.</source>
            <translation>
                <numerusform>%1: %n szansa. Kliknij, aby rozwinąć kolumnę.</numerusform>
                <numerusform>%1: %n szanse. Kliknij, aby rozwinąć kolumnę.</numerusform>
                <numerusform>%1: %n szans. Kliknij, aby rozwinąć kolumnę.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StageConversionChart</name>
        <message>
            <source>No deal changed stage in this period for this filter.</source>
            <translation>W tym okresie dla tego filtra żadna szansa nie zmieniła etapu.</translation>
        </message>
        <message>
            <source>Where deals went when they left the stage</source>
            <translation>Dokąd trafiły szanse po opuszczeniu etapu</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Naprzód</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Wstecz</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Przegrane</translation>
        </message>
        <message>
            <source>Share of exits (%)</source>
            <translation>Udział wyjść (%)</translation>
        </message>
        <message>
            <source>no exits</source>
            <translation>brak wyjść</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Left the stage: %2&lt;br&gt;Forward: %3 (%4)&lt;br&gt;Back: %5&lt;br&gt;Lost: %6</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Opuściło etap: %2&lt;br&gt;Naprzód: %3 (%4)&lt;br&gt;Wstecz: %5&lt;br&gt;Przegrane: %6</translation>
        </message>
        <message>
            <source>Days in the stage before leaving it</source>
            <translation>Dni w etapie przed jego opuszczeniem</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Mediana</translation>
        </message>
        <message>
            <source>80th percentile</source>
            <translation>80. percentyl</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Dni</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Median: %2&lt;br&gt;80th percentile: %3&lt;br&gt;Timed exits: %4</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Mediana: %2&lt;br&gt;80. percentyl: %3&lt;br&gt;Zmierzone wyjścia: %4</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etap</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Wyszło</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>Konwersja</translation>
        </message>
        <message>
            <source>Median days</source>
            <translation>Mediana dni</translation>
        </message>
        <message>
            <source>80th pct. days</source>
            <translation>80. perc. dni</translation>
        </message>
        <message>
            <source>From the stage history: every stage change in the period, %1 in all. Conversion is the share of the deals leaving a stage that moved forward (to a later stage or won).</source>
            <translation>Z historii etapów: każda zmiana etapu w okresie, łącznie %1. Konwersja to odsetek szans opuszczających etap, które poszły naprzód (do dalszego etapu lub wygrały).</translation>
        </message>
    </context>
    <context>
        <name>StageSummaryModel</name>
        <message>
            <source>%1 of %2 deals that were in this stage during the period moved on to a later stage</source>
            <translation>%1 z %2 szans, które były w tym etapie w okresie, przeszło do dalszego etapu</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Razem</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etap</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Szanse</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Kwota</translation>
        </message>
        <message>
            <source>Weighted</source>
            <translation>Ważona</translation>
        </message>
        <message>
            <source>Avg. days in stage</source>
            <translation>Śr. dni w etapie</translation>
        </message>
        <message>
            <source>Moved on</source>
            <translation>Poszły dalej</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>The change breaks a rule of the workspace: %1</source>
            <translation>Zmiana narusza regułę przestrzeni roboczej: %1</translation>
        </message>
        <message>
            <source>A database operation failed: %1</source>
            <translation>Operacja na bazie danych nie powiodła się: %1</translation>
        </message>
        <message>
            <source>The deal no longer exists.</source>
            <translation>Ta szansa już nie istnieje.</translation>
        </message>
        <message>
            <source>Schema migration %1 is missing from the program.</source>
            <translation>W programie brakuje migracji schematu %1.</translation>
        </message>
        <message>
            <source>The workspace is busy in another program: %1</source>
            <translation>Przestrzeń robocza jest zajęta przez inny program: %1</translation>
        </message>
        <message>
            <source>The workspace is read-only: %1</source>
            <translation>Przestrzeń robocza jest tylko do odczytu: %1</translation>
        </message>
        <message>
            <source>The file is damaged or is not a Dealbench workspace: %1</source>
            <translation>Plik jest uszkodzony lub nie jest przestrzenią roboczą Dealbench: %1</translation>
        </message>
        <message>
            <source>%1 exists already.</source>
            <translation>%1 już istnieje.</translation>
        </message>
        <message>
            <source>%1 is open for editing in another Dealbench window or program. You can open it read-only, or close it there first.</source>
            <translation>%1 jest otwarty do edycji w innym oknie Dealbench lub innym programie. Możesz otworzyć go tylko do odczytu albo najpierw tam zamknąć.</translation>
        </message>
        <message>
            <source>The workspace connection is not an SQLite connection.</source>
            <translation>Połączenie przestrzeni roboczej nie jest połączeniem SQLite.</translation>
        </message>
        <message>
            <source>The workspace connection is closed.</source>
            <translation>Połączenie z obszarem roboczym jest zamknięte.</translation>
        </message>
        <message>
            <source>%1 is damaged (%2). It was opened before the check could finish; from now on nothing is written to it.</source>
            <translation>Plik %1 jest uszkodzony (%2). Otwarto go, zanim sprawdzanie się zakończyło; od teraz nic nie zostanie do niego zapisane.</translation>
        </message>
        <message>
            <source>A workspace opened read-only cannot be compacted.</source>
            <translation>Przestrzeni roboczej otwartej tylko do odczytu nie można skompaktować.</translation>
        </message>
        <message>
            <source>The workspace is being changed; compact it when that is done.</source>
            <translation>Przestrzeń robocza jest właśnie zmieniana; skompaktuj ją, gdy to się skończy.</translation>
        </message>
    </context>
    <context>
        <name>StrategyColumns</name>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Link the stakeholder to one of the account's contacts</source>
            <translation>Powiąż interesariusza z jednym z kontaktów klienta</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relacja</translation>
        </message>
        <message>
            <source>Relationship strength, 1 (none) to 5 (trusted)</source>
            <translation>Siła relacji, od 1 (brak) do 5 (zaufanie)</translation>
        </message>
        <message>
            <source>Organisational result</source>
            <translation>Rezultat dla organizacji</translation>
        </message>
        <message>
            <source>The result the organisation needs from this person's point of view</source>
            <translation>Rezultat, którego organizacja potrzebuje z punktu widzenia tej osoby</translation>
        </message>
        <message>
            <source>Personal win</source>
            <translation>Korzyść osobista</translation>
        </message>
        <message>
            <source>What they want for themselves (个人期望): people decide on personal interest too</source>
            <translation>Czego chcą dla siebie: ludzie decydują także według osobistego interesu</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Stanowisko</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Poziom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rola</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Wpływ</translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>Nastawienie</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>Był kontakt</translation>
        </message>
        <message>
            <source>Preferred vendor</source>
            <translation>Preferowany dostawca</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <source>Question or red flag</source>
            <translation>Pytanie lub sygnał ostrzegawczy</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Opiekun</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Rozwiązane</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Konkurent</translation>
        </message>
        <message>
            <source>Their strengths</source>
            <translation>Ich mocne strony</translation>
        </message>
        <message>
            <source>Their weaknesses</source>
            <translation>Ich słabe strony</translation>
        </message>
        <message>
            <source>Their supporters here</source>
            <translation>Ich zwolennicy u klienta</translation>
        </message>
        <message>
            <source>Our strategy</source>
            <translation>Nasza strategia</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <source>Beyond standard in</source>
            <translation>Ponad standard w zakresie</translation>
        </message>
        <message>
            <source>What was promised</source>
            <translation>Co obiecano</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Zatwierdził</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Data zatwierdzenia</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Działanie</translation>
        </message>
        <message>
            <source>Resource asked for</source>
            <translation>Potrzebne zasoby</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Zrobione</translation>
        </message>
    </context>
    <context>
        <name>StrategyPage</name>
        <message>
            <source>Start sheet</source>
            <translation>Zacznij arkusz</translation>
        </message>
        <message>
            <source>Remove sheet</source>
            <translation>Usuń arkusz</translation>
        </message>
        <message>
            <source>&amp;New sheet for</source>
            <translation>&amp;Nowy arkusz dla</translation>
        </message>
        <message>
            <source>Deals with a strategy sheet</source>
            <translation>Szanse z arkuszem strategii</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>StrategySheet</name>
        <message>
            <source>Economic buyer</source>
            <translation>Decydent finansowy</translation>
        </message>
        <message>
            <source>Technical evaluator</source>
            <translation>Oceniający techniczny</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Użytkownik</translation>
        </message>
        <message>
            <source>Coach / champion</source>
            <translation>Coach / sojusznik</translation>
        </message>
        <message>
            <source>Gatekeeper</source>
            <translation>Bramkarz</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>Osoba wpływowa</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Wysoki</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Średni</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Mały</translation>
        </message>
        <message>
            <source>Champion</source>
            <translation>Sojusznik</translation>
        </message>
        <message>
            <source>Supporter</source>
            <translation>Zwolennik</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Neutralny</translation>
        </message>
        <message>
            <source>Sceptic</source>
            <translation>Sceptyk</translation>
        </message>
        <message>
            <source>Opponent</source>
            <translation>Przeciwnik</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Nieznany</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Tak</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source>Red flag</source>
            <translation>Sygnał ostrzegawczy</translation>
        </message>
        <message>
            <source>Missing information</source>
            <translation>Brakujące informacje</translation>
        </message>
        <message>
            <source>Differentiate on our strength</source>
            <translation>Wyróżnić się naszą siłą</translation>
        </message>
        <message>
            <source>Reframe the criteria</source>
            <translation>Przeformułować kryteria</translation>
        </message>
        <message>
            <source>Compete on price</source>
            <translation>Konkurować ceną</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Wycofać się</translation>
        </message>
        <message>
            <source>Executive sponsor with budget authority</source>
            <translation>Sponsor z zarządu z władzą nad budżetem</translation>
        </message>
        <message>
            <source>Quantified business problem with urgency</source>
            <translation>Skwantyfikowany, pilny problem biznesowy</translation>
        </message>
        <message>
            <source>Competition fought on our strengths</source>
            <translation>Rywalizacja na naszych mocnych stronach</translation>
        </message>
        <message>
            <source>Defined buying process and timeline</source>
            <translation>Określony proces zakupowy i harmonogram</translation>
        </message>
        <message>
            <source>Strategic fit with our core value</source>
            <translation>Strategiczne dopasowanie do naszej kluczowej wartości</translation>
        </message>
        <message>
            <source>No champion above middle management</source>
            <translation>Brak sojusznika powyżej średniego szczebla</translation>
        </message>
        <message>
            <source>Vague pain, no timeline or consequence</source>
            <translation>Niejasny problem, brak terminu i konsekwencji</translation>
        </message>
        <message>
            <source>Feature comparison where we are at parity</source>
            <translation>Porównanie funkcji, w którym jesteśmy na równi</translation>
        </message>
        <message>
            <source>"Just looking at options"</source>
            <translation>„Tylko przeglądamy opcje”</translation>
        </message>
        <message>
            <source>Heavy customisation needed</source>
            <translation>Potrzeba dużej kastomizacji</translation>
        </message>
        <message>
            <source>Problem and business impact confirmed</source>
            <translation>Potwierdzony problem i wpływ na biznes</translation>
        </message>
        <message>
            <source>Evaluation criteria set</source>
            <translation>Ustalone kryteria oceny</translation>
        </message>
        <message>
            <source>All stakeholders and decision makers known</source>
            <translation>Znani wszyscy interesariusze i decydenci</translation>
        </message>
        <message>
            <source>Budget and timeline set</source>
            <translation>Ustalone budżet i harmonogram</translation>
        </message>
        <message>
            <source>Business case built with the customer</source>
            <translation>Uzasadnienie biznesowe zbudowane z klientem</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Inne</translation>
        </message>
        <message>
            <source>Pricing</source>
            <translation>Ceny</translation>
        </message>
        <message>
            <source>Customisation</source>
            <translation>Kastomizacja</translation>
        </message>
        <message>
            <source>Implementation timeline</source>
            <translation>Harmonogram wdrożenia</translation>
        </message>
        <message>
            <source>Roadmap</source>
            <translation>Plan rozwoju produktu</translation>
        </message>
        <message>
            <source>Solution engineer</source>
            <translation>Inżynier rozwiązań</translation>
        </message>
        <message>
            <source>Executive sponsor</source>
            <translation>Sponsor z zarządu</translation>
        </message>
        <message>
            <source>Legal</source>
            <translation>Dział prawny</translation>
        </message>
        <message>
            <source>Discount approval</source>
            <translation>Zgoda na rabat</translation>
        </message>
        <message>
            <source>Undecided</source>
            <translation>Nie zdecydowano</translation>
        </message>
        <message>
            <source>Invest</source>
            <translation>Inwestować</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Wstrzymać</translation>
        </message>
        <message>
            <source>Drop</source>
            <translation>Odpuścić</translation>
        </message>
        <message>
            <source>Unknown level</source>
            <translation>Nieznany poziom</translation>
        </message>
        <message>
            <source>Executive</source>
            <translation>Zarząd</translation>
        </message>
        <message>
            <source>Senior management</source>
            <translation>Wyższa kadra</translation>
        </message>
        <message>
            <source>Middle management</source>
            <translation>Średnia kadra</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Pracownicy</translation>
        </message>
    </context>
    <context>
        <name>StrategySheetListModel</name>
        <message>
            <source>%1 / 5</source>
            <translation>%1 / 5</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n</source>
            <translation>
                <numerusform>⚠ %n</numerusform>
                <numerusform>⚠ %n</numerusform>
                <numerusform>⚠ %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Szansa</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Opiekun</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etap</translation>
        </message>
        <message>
            <source>Close date</source>
            <translation>Data zamknięcia</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Kwota</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Kamienie milowe</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Ostrzeżenia</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decyzja</translation>
        </message>
    </context>
    <context>
        <name>StrategySheetSections</name>
        <message>
            <source>Single sales objective</source>
            <translation>Jeden cel sprzedażowy</translation>
        </message>
        <message>
            <source>&amp;What</source>
            <translation>&amp;Co</translation>
        </message>
        <message>
            <source>Edit the objective</source>
            <translation>Edytuj cel</translation>
        </message>
        <message>
            <source>Edit the objective amount</source>
            <translation>Edytuj kwotę celu</translation>
        </message>
        <message>
            <source>How &amp;much</source>
            <translation>&amp;Ile</translation>
        </message>
        <message>
            <source>Edit the objective date</source>
            <translation>Edytuj datę celu</translation>
        </message>
        <message>
            <source>By &amp;when</source>
            <translation>Do &amp;kiedy</translation>
        </message>
        <message>
            <source>Customer interest in us</source>
            <translation>Zainteresowanie klienta nami</translation>
        </message>
        <message>
            <source>Compelling event</source>
            <translation>Wydarzenie wymuszające</translation>
        </message>
        <message>
            <source>Edit the compelling event</source>
            <translation>Edytuj wydarzenie wymuszające</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Pilność</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Nieznany</translation>
        </message>
        <message>
            <source>Set the urgency</source>
            <translation>Ustaw pilność</translation>
        </message>
        <message>
            <source>Budgeted</source>
            <translation>Budżet zapewniony</translation>
        </message>
        <message>
            <source>Set whether it is budgeted</source>
            <translation>Ustaw, czy jest budżet</translation>
        </message>
        <message>
            <source>Decision process known</source>
            <translation>Proces decyzyjny znany</translation>
        </message>
        <message>
            <source>Mark the decision process</source>
            <translation>Oznacz proces decyzyjny</translation>
        </message>
        <message>
            <source>Timeline known</source>
            <translation>Harmonogram znany</translation>
        </message>
        <message>
            <source>Mark the timeline</source>
            <translation>Oznacz harmonogram</translation>
        </message>
        <message>
            <source>Qualification: pursue or drop</source>
            <translation>Kwalifikacja: kontynuować czy odpuścić</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Bez odpowiedzi</translation>
        </message>
        <message>
            <source>Pursue: %1</source>
            <translation>Kontynuować: %1</translation>
        </message>
        <message>
            <source>Drop: %1</source>
            <translation>Odpuścić: %1</translation>
        </message>
        <message>
            <source>Answer a qualification check</source>
            <translation>Odpowiedz na test kwalifikacji</translation>
        </message>
        <message>
            <source>%1 of 5 say pursue, %2 say drop</source>
            <translation>%1 z 5 mówi: kontynuować, %2: odpuścić</translation>
        </message>
        <message>
            <source>Decision milestones (progress, not activity)</source>
            <translation>Kamienie milowe decyzji (postęp, nie aktywność)</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Osiągnięty</translation>
        </message>
        <message>
            <source>Planned for</source>
            <translation>Planowany na</translation>
        </message>
        <message>
            <source>Reached on</source>
            <translation>Osiągnięty dnia</translation>
        </message>
        <message>
            <source>Mark a milestone</source>
            <translation>Oznacz kamień milowy</translation>
        </message>
        <message>
            <source>Plan a milestone</source>
            <translation>Zaplanuj kamień milowy</translation>
        </message>
        <message>
            <source>Date a milestone</source>
            <translation>Ustaw datę kamienia milowego</translation>
        </message>
        <message>
            <source>Deal economics</source>
            <translation>Ekonomika transakcji</translation>
        </message>
        <message>
            <source>Edit the gross margin</source>
            <translation>Edytuj marżę brutto</translation>
        </message>
        <message>
            <source>Edit the discount</source>
            <translation>Edytuj rabat</translation>
        </message>
        <message>
            <source> months</source>
            <translation> mies.</translation>
        </message>
        <message>
            <source>Edit the payback</source>
            <translation>Edytuj okres zwrotu</translation>
        </message>
        <message>
            <source>Gross margin</source>
            <translation>Marża brutto</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Rabat</translation>
        </message>
        <message>
            <source>Custom work / services</source>
            <translation>Prace niestandardowe / usługi</translation>
        </message>
        <message>
            <source>Edit the custom work</source>
            <translation>Edytuj prace niestandardowe</translation>
        </message>
        <message>
            <source>CAC payback</source>
            <translation>Zwrot CAC</translation>
        </message>
        <message>
            <source>Expansion potential</source>
            <translation>Potencjał rozwoju</translation>
        </message>
        <message>
            <source>Edit the expansion potential</source>
            <translation>Edytuj potencjał rozwoju</translation>
        </message>
        <message>
            <source>Edit the non-financial value</source>
            <translation>Edytuj wartość niefinansową</translation>
        </message>
        <message>
            <source>Reference customer, competitive displacement, new segment</source>
            <translation>Klient referencyjny, wyparcie konkurenta, nowy segment</translation>
        </message>
        <message>
            <source>Non-financial value</source>
            <translation>Wartość niefinansowa</translation>
        </message>
        <message>
            <source>Manager assessment</source>
            <translation>Ocena kierownika</translation>
        </message>
        <message>
            <source>Rep's win probability</source>
            <translation>Prawdopodobieństwo wygranej wg handlowca</translation>
        </message>
        <message>
            <source>Edit the rep's probability</source>
            <translation>Edytuj prawdopodobieństwo handlowca</translation>
        </message>
        <message>
            <source>Manager's win probability</source>
            <translation>Prawdopodobieństwo wygranej wg kierownika</translation>
        </message>
        <message>
            <source>Edit the manager's probability</source>
            <translation>Edytuj prawdopodobieństwo kierownika</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decyzja</translation>
        </message>
        <message>
            <source>Set the manager's decision</source>
            <translation>Ustaw decyzję kierownika</translation>
        </message>
        <message>
            <source>Resources granted</source>
            <translation>Przyznane zasoby</translation>
        </message>
        <message>
            <source>Edit the resources granted</source>
            <translation>Edytuj przyznane zasoby</translation>
        </message>
        <message>
            <source>Edit the manager's note</source>
            <translation>Edytuj notatkę kierownika</translation>
        </message>
        <message>
            <source>Manager's note</source>
            <translation>Notatka kierownika</translation>
        </message>
    </context>
    <context>
        <name>StrategySheetService</name>
        <message>
            <source>A strategy sheet belongs to a deal.</source>
            <translation>Arkusz strategii musi należeć do szansy.</translation>
        </message>
        <message>
            <source>Win probabilities go from 0 to 100 %.</source>
            <translation>Prawdopodobieństwo wygranej wynosi od 0 do 100 %.</translation>
        </message>
        <message>
            <source>Margin goes from -100 to 100 %, discount from 0 to 100 %.</source>
            <translation>Marża wynosi od -100 do 100 %, rabat od 0 do 100 %.</translation>
        </message>
        <message>
            <source>The payback period cannot be negative.</source>
            <translation>Okres zwrotu nie może być ujemny.</translation>
        </message>
        <message>
            <source>Relationship strength goes from 1 to 5.</source>
            <translation>Siła relacji wynosi od 1 do 5.</translation>
        </message>
        <message>
            <source>The deal no longer exists.</source>
            <translation>Ta szansa już nie istnieje.</translation>
        </message>
        <message>
            <source>The deal has a strategy sheet already.</source>
            <translation>Ta szansa ma już arkusz strategii.</translation>
        </message>
        <message>
            <source>The deal has no strategy sheet.</source>
            <translation>Ta szansa nie ma arkusza strategii.</translation>
        </message>
        <message>
            <source>A name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>An organisational result</source>
            <translation>Rezultat dla organizacji</translation>
        </message>
        <message>
            <source>A personal win</source>
            <translation>Korzyść osobista</translation>
        </message>
        <message>
            <source>The objective</source>
            <translation>Cel</translation>
        </message>
        <message>
            <source>The objective's amount</source>
            <translation>Kwota celu</translation>
        </message>
        <message>
            <source>The objective's date</source>
            <translation>Data celu</translation>
        </message>
        <message>
            <source>The compelling event</source>
            <translation>Wydarzenie wymuszające</translation>
        </message>
        <message>
            <source>The manager's note</source>
            <translation>Notatka kierownika</translation>
        </message>
    </context>
    <context>
        <name>StrategySheetWidget</name>
        <message>
            <source>&amp;Start a strategy sheet</source>
            <translation>&amp;Zacznij arkusz strategii</translation>
        </message>
        <message>
            <source>Buying centre</source>
            <translation>Centrum zakupowe</translation>
        </message>
        <message>
            <source>New stakeholder</source>
            <translation>Nowy interesariusz</translation>
        </message>
        <message>
            <source>Edit the buying centre</source>
            <translation>Edytuj centrum zakupowe</translation>
        </message>
        <message>
            <source>Missing information and red flags</source>
            <translation>Brakujące informacje i sygnały ostrzegawcze</translation>
        </message>
        <message>
            <source>Edit the open questions</source>
            <translation>Edytuj otwarte pytania</translation>
        </message>
        <message>
            <source>Competition</source>
            <translation>Konkurencja</translation>
        </message>
        <message>
            <source>Edit the competition</source>
            <translation>Edytuj konkurencję</translation>
        </message>
        <message>
            <source>Promise boundaries (beyond standard, with approver)</source>
            <translation>Granice obietnic (ponad standard, z zatwierdzającym)</translation>
        </message>
        <message>
            <source>Edit the promises</source>
            <translation>Edytuj obietnice</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan działań</translation>
        </message>
        <message>
            <source>Edit the action plan</source>
            <translation>Edytuj plan działań</translation>
        </message>
        <message>
            <source>Choose a deal to see its strategy sheet.</source>
            <translation>Wybierz szansę, aby zobaczyć jej arkusz strategii.</translation>
        </message>
        <message>
            <source>%1 has no strategy sheet yet. Plan the big case in a small room: objective, buying centre, competition, qualification, milestones.</source>
            <translation>%1 nie ma jeszcze arkusza strategii. Zaplanuj dużą sprawę w małym gronie: cel, centrum zakupowe, konkurencja, kwalifikacja, kamienie milowe.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · closes %4 · milestones %5 of 5</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · zamknięcie %4 · kamienie milowe %5 z 5</translation>
        </message>
        <message>
            <source>(no date)</source>
            <translation>(brak daty)</translation>
        </message>
        <message>
            <source>No warnings.</source>
            <translation>Brak ostrzeżeń.</translation>
        </message>
        <message>
            <source>Strategy sheet</source>
            <translation>Arkusz strategii</translation>
        </message>
        <message>
            <source>Start a strategy sheet</source>
            <translation>Zacznij arkusz strategii</translation>
        </message>
        <message>
            <source>Remove the strategy sheet</source>
            <translation>Usuń arkusz strategii</translation>
        </message>
    </context>
    <context>
        <name>StrategyWarnings</name>
        <message>
            <source>No economic buyer identified</source>
            <translation>Nie wskazano decydenta finansowego</translation>
        </message>
        <message>
            <source>Economic buyer never met</source>
            <translation>Nigdy nie spotkano decydenta finansowego</translation>
        </message>
        <message>
            <source>No champion</source>
            <translation>Brak sojusznika</translation>
        </message>
        <message>
            <source>Champion below middle management</source>
            <translation>Sojusznik poniżej średniego szczebla</translation>
        </message>
        <message>
            <source>Opponent with high influence</source>
            <translation>Przeciwnik o dużym wpływie</translation>
        </message>
        <message>
            <source>Single-threaded: all contacts on one level</source>
            <translation>Jeden wątek: wszystkie kontakty na jednym poziomie</translation>
        </message>
        <message>
            <source>Qualification: 3 or more checks say drop</source>
            <translation>Kwalifikacja: 3 lub więcej testów mówi: odpuścić</translation>
        </message>
        <message>
            <source>Closes within 30 days with fewer than 3 of 5 milestones</source>
            <translation>Zamknięcie w ciągu 30 dni przy mniej niż 3 z 5 kamieni milowych</translation>
        </message>
    </context>
    <context>
        <name>TeamFilesPage</name>
        <message>
            <source>Import Team Member's File…</source>
            <translation>Importuj plik członka zespołu…</translation>
        </message>
        <message>
            <source>Imports into this workspace</source>
            <translation>Importy do tej przestrzeni roboczej</translation>
        </message>
        <message>
            <source>%1 — %2
%L3 new, %L4 updated, %L5 conflicts, %L6 left out</source>
            <translation>%1 — %2
%L3 nowych, %L4 zaktualizowanych, %L5 konfliktów, %L6 pominiętych</translation>
        </message>
    </context>
    <context>
        <name>TextEncoding</name>
        <message>
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <source>UTF-8 with byte order mark</source>
            <translation>UTF-8 ze znacznikiem BOM</translation>
        </message>
        <message>
            <source>UTF-16 (little endian)</source>
            <translation>UTF-16 (little endian)</translation>
        </message>
        <message>
            <source>UTF-16 (big endian)</source>
            <translation>UTF-16 (big endian)</translation>
        </message>
        <message>
            <source>Windows-1252 (Western European)</source>
            <translation>Windows-1252 (zachodnioeuropejskie)</translation>
        </message>
        <message>
            <source>GB18030 / GBK (Chinese)</source>
            <translation>GB18030 / GBK (chińskie)</translation>
        </message>
    </context>
    <context>
        <name>Translations</name>
        <message>
            <source>System language</source>
            <translation>Język systemu</translation>
        </message>
    </context>
    <context>
        <name>UserGuideDialog</name>
        <message>
            <source>Dealbench User Guide</source>
            <translation>Podręcznik użytkownika Dealbench</translation>
        </message>
    </context>
    <context>
        <name>V2momCascadeView</name>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metoda</translation>
        </message>
        <message>
            <source>Whose</source>
            <translation>Czyje</translation>
        </message>
        <message>
            <source>Alignment</source>
            <translation>Powiązania</translation>
        </message>
        <message>
            <source>Live measure</source>
            <translation>Miara na żywo</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cel</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wartość</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Postęp</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Tempo</translation>
        </message>
        <message>
            <source>(unknown person)</source>
            <translation>(nieznana osoba)</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>⚠ No one supports this method</source>
            <translation>⚠ Nikt nie wspiera tej metody</translation>
        </message>
        <message numerus="yes">
            <source>Supported by %n method(s)</source>
            <translation>
                <numerusform>Wspiera ją %n metoda</numerusform>
                <numerusform>Wspierają ją %n metody</numerusform>
                <numerusform>Wspiera ją %n metod</numerusform>
            </translation>
        </message>
        <message>
            <source>Their priority %1</source>
            <translation>Ich priorytet %1</translation>
        </message>
        <message>
            <source>Not linked to a method of %1</source>
            <translation>Niepowiązane z metodą osoby %1</translation>
        </message>
        <message numerus="yes">
            <source>%n method(s)</source>
            <translation>
                <numerusform>%n metoda</numerusform>
                <numerusform>%n metody</numerusform>
                <numerusform>%n metod</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ Linked to nothing</source>
            <translation>⚠ Niczym niepowiązana</translation>
        </message>
        <message>
            <source>⚠ Linked method was removed</source>
            <translation>⚠ Powiązaną metodę usunięto</translation>
        </message>
        <message>
            <source>⚠ Linked method was removed: %1</source>
            <translation>⚠ Powiązaną metodę usunięto: %1</translation>
        </message>
        <message>
            <source>⚠ Linked to another sheet: %1</source>
            <translation>⚠ Powiązana z innym arkuszem: %1</translation>
        </message>
        <message>
            <source>No goal sheet yet</source>
            <translation>Brak arkusza celów</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n osoba</numerusform>
                <numerusform>%n osoby</numerusform>
                <numerusform>%n osób</numerusform>
            </translation>
        </message>
        <message>
            <source>Has not written a sheet for this year</source>
            <translation>Nie napisał(a) arkusza na ten rok</translation>
        </message>
        <message>
            <source>%1 — team of %2</source>
            <translation>%1 — zespół: %2</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>The reports' own targets add up to %1.</source>
            <translation>Własne cele podwładnych sumują się do %1.</translation>
        </message>
        <message>
            <source>own: %1</source>
            <translation>własne: %1</translation>
        </message>
        <message>
            <source>no own target</source>
            <translation>brak własnego celu</translation>
        </message>
        <message>
            <source>Reports' own targets together</source>
            <translation>Własne cele podwładnych razem</translation>
        </message>
        <message>
            <source>Cover the target</source>
            <translation>Pokrywają cel</translation>
        </message>
        <message>
            <source>Short of the target</source>
            <translation>Poniżej celu</translation>
        </message>
        <message>
            <source>%1 has no goal sheet for this year yet: the team's methods cannot be aligned.</source>
            <translation>%1 nie ma jeszcze arkusza celów na ten rok: metod zespołu nie da się powiązać.</translation>
        </message>
        <message>
            <source>%1 methods of %2, %3 without support; %4 of the team's methods not linked to one.</source>
            <translation>%1 metod osoby %2, %3 bez wsparcia; %4 metod zespołu niepowiązanych.</translation>
        </message>
        <message>
            <source>Nobody reports to %1.</source>
            <translation>Nikt nie podlega osobie %1.</translation>
        </message>
    </context>
    <context>
        <name>V2momMarkdown</name>
        <message>
            <source>V2MOM %1 — %2</source>
            <translation>V2MOM %1 — %2</translation>
        </message>
        <message>
            <source>Fiscal year %1 to %2</source>
            <translation>Rok obrachunkowy od %1 do %2</translation>
        </message>
        <message>
            <source>aligned to %1</source>
            <translation>powiązany z %1</translation>
        </message>
        <message>
            <source>as of %1</source>
            <translation>stan na %1</translation>
        </message>
        <message>
            <source>Vision</source>
            <translation>Wizja</translation>
        </message>
        <message>
            <source>No vision written yet.</source>
            <translation>Nie napisano jeszcze wizji.</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Wartości</translation>
        </message>
        <message>
            <source>None yet.</source>
            <translation>Jeszcze brak.</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation>Metody</translation>
        </message>
        <message>
            <source>Linked method was removed</source>
            <translation>Powiązaną metodę usunięto</translation>
        </message>
        <message>
            <source>Supports: %1</source>
            <translation>Wspiera: %1</translation>
        </message>
        <message>
            <source>Obstacles</source>
            <translation>Przeszkody</translation>
        </message>
        <message>
            <source>method: %1</source>
            <translation>metoda: %1</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Miary</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Miara</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cel</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wartość</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Realizacja</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Tempo</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metoda</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Źródło</translation>
        </message>
        <message>
            <source>(unknown person)</source>
            <translation>(nieznana osoba)</translation>
        </message>
        <message>
            <source>Alignment %1 — %2 and team</source>
            <translation>Powiązania %1 — %2 i zespół</translation>
        </message>
        <message>
            <source>%1 has no goal sheet for this year: no method can be supported yet.</source>
            <translation>%1 nie ma arkusza celów na ten rok: żadnej metody nie można jeszcze wspierać.</translation>
        </message>
        <message>
            <source>Methods of %1 and who supports them</source>
            <translation>Metody osoby %1 i kto je wspiera</translation>
        </message>
        <message>
            <source>No one supports this method</source>
            <translation>Nikt nie wspiera tej metody</translation>
        </message>
        <message>
            <source>%1: %2 (priority %3)</source>
            <translation>%1: %2 (priorytet %3)</translation>
        </message>
        <message>
            <source>Methods not linked to a method of %1</source>
            <translation>Metody niepowiązane z metodą osoby %1</translation>
        </message>
        <message>
            <source>Every method of the team supports one of the manager's.</source>
            <translation>Każda metoda zespołu wspiera jedną z metod kierownika.</translation>
        </message>
        <message>
            <source>not linked</source>
            <translation>niepowiązana</translation>
        </message>
        <message>
            <source>linked method was removed</source>
            <translation>powiązaną metodę usunięto</translation>
        </message>
        <message>
            <source>linked method was removed (%1)</source>
            <translation>powiązaną metodę usunięto (%1)</translation>
        </message>
        <message>
            <source>linked to a method of another sheet (%1)</source>
            <translation>powiązana z metodą innego arkusza (%1)</translation>
        </message>
        <message>
            <source>%1: %2 — %3</source>
            <translation>%1: %2 — %3</translation>
        </message>
        <message>
            <source>No goal sheet yet: %1</source>
            <translation>Brak arkusza celów: %1</translation>
        </message>
        <message>
            <source>Roll-up of live measures</source>
            <translation>Zestawienie miar na żywo</translation>
        </message>
        <message>
            <source>Target of %1</source>
            <translation>Cel osoby %1</translation>
        </message>
        <message>
            <source>Team value</source>
            <translation>Wartość zespołu</translation>
        </message>
        <message>
            <source>Sum of own targets</source>
            <translation>Suma własnych celów</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Osoba</translation>
        </message>
        <message>
            <source>Own target</source>
            <translation>Własny cel</translation>
        </message>
        <message>
            <source>Entered by hand (sum of entries)</source>
            <translation>Wprowadzane ręcznie (suma wpisów)</translation>
        </message>
        <message>
            <source>Entered by hand (latest entry)</source>
            <translation>Wprowadzane ręcznie (ostatni wpis)</translation>
        </message>
        <message>
            <source>segment %1</source>
            <translation>segment %1</translation>
        </message>
        <message>
            <source>industry %1</source>
            <translation>branża %1</translation>
        </message>
    </context>
    <context>
        <name>V2momRefreshDiff</name>
        <message>
            <source>Vision</source>
            <translation>Wizja</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wartość</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metoda</translation>
        </message>
        <message>
            <source>Obstacle</source>
            <translation>Przeszkoda</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Miara</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Dodano</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Usunięto</translation>
        </message>
        <message>
            <source>Reworded</source>
            <translation>Przeredagowano</translation>
        </message>
        <message>
            <source>Priority changed</source>
            <translation>Zmiana priorytetu</translation>
        </message>
        <message>
            <source>Link changed</source>
            <translation>Zmiana powiązania</translation>
        </message>
    </context>
    <context>
        <name>V2momRefreshView</name>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Take &amp;snapshot</source>
            <translation>Zrób &amp;migawkę</translation>
        </message>
        <message>
            <source>Remove snapshot</source>
            <translation>Usuń migawkę</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Zmiana</translation>
        </message>
        <message>
            <source>Then</source>
            <translation>Wtedy</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Teraz</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Miara</translation>
        </message>
        <message>
            <source>Target then → now</source>
            <translation>Cel wtedy → teraz</translation>
        </message>
        <message>
            <source>Completion then</source>
            <translation>Realizacja wtedy</translation>
        </message>
        <message>
            <source>Completion now</source>
            <translation>Realizacja teraz</translation>
        </message>
        <message>
            <source>Value now</source>
            <translation>Wartość teraz</translation>
        </message>
        <message>
            <source>Freeze the sheet as it is now, to compare with it later in the year</source>
            <translation>Zamroź arkusz w obecnym stanie, aby porównać go później w roku</translation>
        </message>
        <message>
            <source>Compare with &amp;snapshot:</source>
            <translation>Porównaj z &amp;migawką:</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No snapshot yet. Take one at the start of the year or before a mid-year refresh; later this page shows what changed since.</source>
            <translation>Brak migawki. Zrób ją na początku roku lub przed odświeżeniem w połowie roku; później ta strona pokaże, co się od tego czasu zmieniło.</translation>
        </message>
        <message>
            <source>Priority %1 → %2</source>
            <translation>Priorytet %1 → %2</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n zmiana</numerusform>
                <numerusform>%n zmiany</numerusform>
                <numerusform>%n zmian</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (new)</source>
            <translation>%1 (nowe)</translation>
        </message>
        <message>
            <source>%1 (removed)</source>
            <translation>%1 (usunięte)</translation>
        </message>
        <message>
            <source>— → %1</source>
            <translation>— → %1</translation>
        </message>
        <message>
            <source>%1 → —</source>
            <translation>%1 → —</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>Due date moved from %1 to %2</source>
            <translation>Termin przesunięto z %1 na %2</translation>
        </message>
        <message>
            <source>Nothing changed since the snapshot of %1.</source>
            <translation>Nic się nie zmieniło od migawki z %1.</translation>
        </message>
        <message numerus="yes">
            <source>Since the snapshot of %1: %n change(s) to the sheet.</source>
            <translation>
                <numerusform>Od migawki z %1: %n zmiana w arkuszu.</numerusform>
                <numerusform>Od migawki z %1: %n zmiany w arkuszu.</numerusform>
                <numerusform>Od migawki z %1: %n zmian w arkuszu.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>V2momService</name>
        <message>
            <source>A goal sheet belongs to a person.</source>
            <translation>Arkusz celów musi należeć do osoby.</translation>
        </message>
        <message>
            <source>The fiscal year is not valid.</source>
            <translation>Rok obrachunkowy jest nieprawidłowy.</translation>
        </message>
        <message>
            <source>A method can only support a method of the manager's sheet, not one of its own sheet.</source>
            <translation>Metoda może wspierać tylko metodę z arkusza kierownika, nie ze swojego arkusza.</translation>
        </message>
        <message>
            <source>An obstacle is attached to a method that is not on the sheet.</source>
            <translation>Przeszkoda jest przypięta do metody spoza arkusza.</translation>
        </message>
        <message>
            <source>A measure is attached to a method that is not on the sheet.</source>
            <translation>Miara jest przypięta do metody spoza arkusza.</translation>
        </message>
        <message>
            <source>The target of "%1" is not a number.</source>
            <translation>Cel miary „%1” nie jest liczbą.</translation>
        </message>
        <message>
            <source>The measure "%1" needs a due date.</source>
            <translation>Miara „%1” wymaga terminu.</translation>
        </message>
        <message>
            <source>The measure "%1" starts after its due date.</source>
            <translation>Miara „%1” zaczyna się po swoim terminie.</translation>
        </message>
        <message>
            <source>An entry of "%1" needs a date and a number.</source>
            <translation>Wpis miary „%1” wymaga daty i liczby.</translation>
        </message>
        <message>
            <source>The person of this goal sheet no longer exists.</source>
            <translation>Osoba tego arkusza celów już nie istnieje.</translation>
        </message>
        <message>
            <source>%1 has a goal sheet for this fiscal year already.</source>
            <translation>%1 ma już arkusz celów na ten rok obrachunkowy.</translation>
        </message>
        <message>
            <source>The goal sheet no longer exists.</source>
            <translation>Ten arkusz celów już nie istnieje.</translation>
        </message>
        <message>
            <source>The snapshot no longer exists.</source>
            <translation>Ta migawka już nie istnieje.</translation>
        </message>
        <message>
            <source>The vision</source>
            <translation>Wizja</translation>
        </message>
        <message>
            <source>A due date</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>A start date</source>
            <translation>Data początkowa</translation>
        </message>
        <message>
            <source>An entry's date</source>
            <translation>Data wpisu</translation>
        </message>
    </context>
    <context>
        <name>V2momSheetEditor</name>
        <message>
            <source>What matters, in order</source>
            <translation>Co jest ważne, po kolei</translation>
        </message>
        <message>
            <source>Edit value</source>
            <translation>Edytuj wartość</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Nowa wartość</translation>
        </message>
        <message>
            <source>Add value</source>
            <translation>Dodaj wartość</translation>
        </message>
        <message>
            <source>Remove value</source>
            <translation>Usuń wartość</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>W górę</translation>
        </message>
        <message>
            <source>Move up (Alt+Up)</source>
            <translation>Przesuń w górę (Alt+Up)</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>W dół</translation>
        </message>
        <message>
            <source>Move down (Alt+Down)</source>
            <translation>Przesuń w dół (Alt+Down)</translation>
        </message>
        <message>
            <source>New obstacle</source>
            <translation>Nowa przeszkoda</translation>
        </message>
        <message>
            <source>Add obstacle</source>
            <translation>Dodaj przeszkodę</translation>
        </message>
        <message>
            <source>Remove obstacle</source>
            <translation>Usuń przeszkodę</translation>
        </message>
        <message>
            <source>Edit vision</source>
            <translation>Edytuj wizję</translation>
        </message>
        <message>
            <source>&amp;Vision — what do you want to achieve?</source>
            <translation>&amp;Wizja — co chcesz osiągnąć?</translation>
        </message>
        <message>
            <source>Values — what is important about it?</source>
            <translation>Wartości — co jest w tym ważne?</translation>
        </message>
        <message>
            <source>&amp;Methods — how will you get it? (by priority)</source>
            <translation>&amp;Metody — jak to osiągniesz? (według priorytetu)</translation>
        </message>
        <message>
            <source>Obstacles — what could stop you?</source>
            <translation>Przeszkody — co może Cię zatrzymać?</translation>
        </message>
        <message>
            <source>Mea&amp;sures — how do you know you got it?</source>
            <translation>Mi&amp;ary — skąd wiesz, że to osiągnąłeś?</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>  ·  reports to nobody</source>
            <translation>  ·  nie podlega nikomu</translation>
        </message>
        <message>
            <source>  ·  aligned to %1</source>
            <translation>  ·  powiązany z %1</translation>
        </message>
        <message>
            <source>Reorder values</source>
            <translation>Zmień kolejność wartości</translation>
        </message>
        <message>
            <source>Obstacle</source>
            <translation>Przeszkoda</translation>
        </message>
        <message>
            <source>Threatens</source>
            <translation>Zagraża</translation>
        </message>
        <message>
            <source>The whole sheet</source>
            <translation>Cały arkusz</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>Edit obstacle</source>
            <translation>Edytuj przeszkodę</translation>
        </message>
    </context>
    <context>
        <name>V2momSheetView</name>
        <message>
            <source>(unknown manager)</source>
            <translation>(nieznany kierownik)</translation>
        </message>
    </context>
    <context>
        <name>V2momSnapshotCommand</name>
        <message>
            <source>Take snapshot</source>
            <translation>Zrób migawkę</translation>
        </message>
        <message>
            <source>Remove snapshot</source>
            <translation>Usuń migawkę</translation>
        </message>
    </context>
    <context>
        <name>VelocityChart</name>
        <message>
            <source>No open or closed deals in this period for this filter.</source>
            <translation>W tym okresie dla tego filtra nie ma otwartych ani zamkniętych szans.</translation>
        </message>
        <message>
            <source>Sales velocity</source>
            <translation>Tempo sprzedaży</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>Na dzień</translation>
        </message>
        <message>
            <source>%1 per day</source>
            <translation>%1 dziennie</translation>
        </message>
        <message>
            <source>Open opportunities</source>
            <translation>Otwarte szanse</translation>
        </message>
        <message>
            <source>%1 open deals</source>
            <translation>%1 otwartych szans</translation>
        </message>
        <message>
            <source>Win rate (%)</source>
            <translation>Współczynnik wygranych (%)</translation>
        </message>
        <message>
            <source>Win rate %1</source>
            <translation>Współczynnik wygranych %1</translation>
        </message>
        <message>
            <source>Average deal size</source>
            <translation>Średnia wielkość szansy</translation>
        </message>
        <message>
            <source>Average won deal %1</source>
            <translation>Średnia wygrana szansa %1</translation>
        </message>
        <message>
            <source>Cycle length (days)</source>
            <translation>Długość cyklu (dni)</translation>
        </message>
        <message>
            <source>Average cycle %1</source>
            <translation>Średni cykl %1</translation>
        </message>
        <message>
            <source>Velocity = open opportunities × win rate × average deal size ÷ cycle length. Win rate, deal size and cycle come from the deals closed in the %1 days before each point. Latest: %2 per day.</source>
            <translation>Tempo = otwarte szanse × współczynnik wygranych × średnia wielkość szansy ÷ długość cyklu. Współczynnik wygranych, wielkość i cykl pochodzą z szans zamkniętych w ciągu %1 dni przed każdym punktem. Ostatnio: %2 dziennie.</translation>
        </message>
    </context>
    <context>
        <name>VisionEditor</name>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <source>Bold (Ctrl+B)</source>
            <translation>Pogrubienie (Ctrl+B)</translation>
        </message>
        <message>
            <source>I</source>
            <translation>I</translation>
        </message>
        <message>
            <source>Italic (Ctrl+I)</source>
            <translation>Kursywa (Ctrl+I)</translation>
        </message>
        <message>
            <source>•</source>
            <translation>•</translation>
        </message>
        <message>
            <source>Bullet list (Ctrl+Shift+L)</source>
            <translation>Lista punktowana (Ctrl+Shift+L)</translation>
        </message>
        <message>
            <source>What do you want to achieve this year?</source>
            <translation>Co chcesz osiągnąć w tym roku?</translation>
        </message>
    </context>
    <context>
        <name>WaterfallChart</name>
        <message>
            <source>No open pipeline in this period for this filter.</source>
            <translation>W tym okresie dla tego filtra nie ma otwartego lejka.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Początek</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nowe</translation>
        </message>
        <message>
            <source>Increases</source>
            <translation>Wzrosty</translation>
        </message>
        <message>
            <source>Decreases</source>
            <translation>Spadki</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Przegrane</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Wygrane</translation>
        </message>
        <message>
            <source>Moved in</source>
            <translation>Przeniesione do</translation>
        </message>
        <message>
            <source>Moved out</source>
            <translation>Przeniesione z</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Koniec</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Lejek</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Dodane</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Usunięte</translation>
        </message>
        <message>
            <source>Open pipeline</source>
            <translation>Otwarty lejek</translation>
        </message>
        <message numerus="yes">
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n szansa</numerusform>
                <numerusform>%n szanse</numerusform>
                <numerusform>%n szans</numerusform>
            </translation>
        </message>
        <message>
            <source>Open pipeline in %1 at the start and the end of the period; the same computation as the weekly review. A deal created and closed in the period counts in both New and Won or Lost.</source>
            <translation>Otwarty lejek w %1 na początku i na końcu okresu; obliczany tak samo jak w przeglądzie tygodniowym. Szansa utworzona i zamknięta w okresie liczy się zarówno jako Nowa, jak i Wygrana lub Przegrana.</translation>
        </message>
        <message>
            <source>The steps do not add up to the end: please report this.</source>
            <translation>Kroki nie sumują się do wartości końcowej: prosimy to zgłosić.</translation>
        </message>
    </context>
    <context>
        <name>WaterfallWidget</name>
        <message>
            <source>Pipeline at start</source>
            <translation>Lejek na początku</translation>
        </message>
        <message>
            <source>+ New and reopened</source>
            <translation>+ Nowe i ponownie otwarte</translation>
        </message>
        <message>
            <source>+ Amounts raised</source>
            <translation>+ Podniesione kwoty</translation>
        </message>
        <message>
            <source>− Amounts lowered</source>
            <translation>− Obniżone kwoty</translation>
        </message>
        <message>
            <source>− Lost</source>
            <translation>− Przegrane</translation>
        </message>
        <message>
            <source>− Won</source>
            <translation>− Wygrane</translation>
        </message>
        <message>
            <source>+ Handed over from other reps</source>
            <translation>+ Przekazane od innych handlowców</translation>
        </message>
        <message>
            <source>− Handed over to other reps</source>
            <translation>− Przekazane innym handlowcom</translation>
        </message>
        <message>
            <source>Pipeline at end</source>
            <translation>Lejek na końcu</translation>
        </message>
        <message>
            <source>Start + new + raised − lowered − lost − won = end</source>
            <translation>Początek + nowe + podniesione − obniżone − przegrane − wygrane = koniec</translation>
        </message>
        <message>
            <source>The figures do not add up: please report this.</source>
            <translation>Liczby się nie sumują: prosimy to zgłosić.</translation>
        </message>
    </context>
    <context>
        <name>WeekPlannerWidget</name>
        <message>
            <source>◀</source>
            <translation>◀</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>Poprzedni tydzień</translation>
        </message>
        <message>
            <source>▶</source>
            <translation>▶</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Następny tydzień</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Ten tydzień</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>Handlowiec</translation>
        </message>
        <message>
            <source>Plan a visit for this deal</source>
            <translation>Zaplanuj wizytę dla tej szansy</translation>
        </message>
        <message>
            <source>Ctrl+Shift+N</source>
            <translation>Ctrl+Shift+N</translation>
        </message>
        <message>
            <source>Plan a visit</source>
            <translation>Zaplanuj wizytę</translation>
        </message>
        <message>
            <source>Open deals with no next step</source>
            <translation>Otwarte szanse bez następnego kroku</translation>
        </message>
        <message>
            <source>All reps</source>
            <translation>Wszyscy handlowcy</translation>
        </message>
        <message>
            <source>Day / time</source>
            <translation>Dzień / godzina</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Szansa</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Cel</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Flagi</translation>
        </message>
        <message>
            <source>Last interaction</source>
            <translation>Ostatnia interakcja</translation>
        </message>
        <message>
            <source>Week of %1</source>
            <translation>Tydzień od %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n)</source>
            <translation>
                <numerusform>%1 (%n)</numerusform>
                <numerusform>%1 (%n)</numerusform>
                <numerusform>%1 (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>never</source>
            <translation>nigdy</translation>
        </message>
        <message>
            <source>%1 without objective · %2 review due · %3 deals without next step</source>
            <translation>%1 bez celu · %2 czeka na podsumowanie · %3 szans bez następnego kroku</translation>
        </message>
    </context>
    <context>
        <name>WeeklyReviewReport</name>
        <message>
            <source>Amounts in %1 are left out of the totals: no exchange rate to %2.</source>
            <translation>Kwoty w %1 pominięto w sumach: brak kursu na %2.</translation>
        </message>
        <message>
            <source>Forecast vs quota</source>
            <translation>Prognoza a plan</translation>
        </message>
        <message>
            <source>Quota period %1 – %2; amounts in %3. Forecast = closed + commit.</source>
            <translation>Okres limitu %1 – %2; kwoty w %3. Prognoza = zamknięte + zobowiązanie.</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Zamknięte</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Prognoza</translation>
        </message>
        <message>
            <source>Best case</source>
            <translation>Najlepszy scenariusz</translation>
        </message>
        <message>
            <source>Weighted</source>
            <translation>Ważona</translation>
        </message>
        <message>
            <source>Gap to quota</source>
            <translation>Brak do limitu</translation>
        </message>
        <message>
            <source>Coverage (needed)</source>
            <translation>Pokrycie (wymagane)</translation>
        </message>
        <message>
            <source>Forecast per rep</source>
            <translation>Prognoza według handlowca</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>Handlowiec</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Pewne</translation>
        </message>
        <message>
            <source>Open pipeline</source>
            <translation>Otwarty lejek</translation>
        </message>
        <message>
            <source>Open deals</source>
            <translation>Otwarte szanse</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Pokrycie</translation>
        </message>
        <message>
            <source>Needed coverage</source>
            <translation>Wymagane pokrycie</translation>
        </message>
        <message>
            <source>(no owner)</source>
            <translation>(brak opiekuna)</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Zespół</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>Lejek</translation>
        </message>
        <message>
            <source>Funnel summary per stage</source>
            <translation>Podsumowanie lejka według etapu</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etap</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Szanse</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Kwota</translation>
        </message>
        <message>
            <source>Avg. days in stage</source>
            <translation>Śr. dni w etapie</translation>
        </message>
        <message>
            <source>Passed through</source>
            <translation>Przeszły</translation>
        </message>
        <message>
            <source>Moved on</source>
            <translation>Poszły dalej</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>Konwersja</translation>
        </message>
        <message>
            <source>Open deals per stage</source>
            <translation>Otwarte szanse według etapu</translation>
        </message>
        <message>
            <source>Pipeline waterfall</source>
            <translation>Wykres kaskadowy lejka</translation>
        </message>
        <message>
            <source>Open pipeline from the start to the end of the week</source>
            <translation>Otwarty lejek od początku do końca tygodnia</translation>
        </message>
        <message>
            <source>Waterfall in %1</source>
            <translation>Wykres kaskadowy w %1</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Krok</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Początek</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Dodano</translation>
        </message>
        <message>
            <source>Increases</source>
            <translation>Wzrosty</translation>
        </message>
        <message>
            <source>Decreases</source>
            <translation>Spadki</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Wygrana</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Przegrana</translation>
        </message>
        <message>
            <source>Transferred in</source>
            <translation>Przeniesione do</translation>
        </message>
        <message>
            <source>Transferred out</source>
            <translation>Przeniesione z</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Koniec</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Co się zmieniło</translation>
        </message>
        <message>
            <source>Deals by flow state</source>
            <translation>Szanse według stanu przepływu</translation>
        </message>
        <message>
            <source>Flow state</source>
            <translation>Stan przepływu</translation>
        </message>
        <message numerus="yes">
            <source>Changes in the week (%n change(s))</source>
            <translation>
                <numerusform>Zmiany w tygodniu (%n zmiana)</numerusform>
                <numerusform>Zmiany w tygodniu (%n zmiany)</numerusform>
                <numerusform>Zmiany w tygodniu (%n zmian)</numerusform>
            </translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Zmiana</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Szansa</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Opiekun</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Z</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Na</translation>
        </message>
        <message>
            <source>Δ amount</source>
            <translation>Δ kwoty</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Wymaga uwagi</translation>
        </message>
        <message numerus="yes">
            <source>Deals that need the manager (%n deal(s))</source>
            <translation>
                <numerusform>Szanse wymagające kierownika (%n szansa)</numerusform>
                <numerusform>Szanse wymagające kierownika (%n szanse)</numerusform>
                <numerusform>Szanse wymagające kierownika (%n szans)</numerusform>
            </translation>
        </message>
        <message>
            <source>Close date</source>
            <translation>Data zamknięcia</translation>
        </message>
        <message>
            <source>Days in stage</source>
            <translation>Dni w etapie</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Powód</translation>
        </message>
        <message>
            <source>No deal needs attention this week.</source>
            <translation>W tym tygodniu żadna szansa nie wymaga uwagi.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Dealbench</source>
            <translation>Witamy w Dealbench</translation>
        </message>
        <message>
            <source>Your pipeline, behaviour, strategy and funnel tables, and V2MOM goals in one file.</source>
            <translation>Twój lejek, tabele działań, strategii i lejka oraz cele V2MOM w jednym pliku.</translation>
        </message>
        <message>
            <source>Open the demo workspace</source>
            <translation>Otwórz przestrzeń demonstracyjną</translation>
        </message>
        <message>
            <source>A sales team with a year of deals, to look around and try things.</source>
            <translation>Zespół sprzedaży z rokiem szans — do rozejrzenia się i wypróbowania.</translation>
        </message>
        <message>
            <source>Create a new workspace</source>
            <translation>Utwórz nową przestrzeń roboczą</translation>
        </message>
        <message>
            <source>Start empty with the standard pipeline, your name and your manager's.</source>
            <translation>Zacznij od pustej, ze standardowym lejkiem, swoim nazwiskiem i nazwiskiem kierownika.</translation>
        </message>
        <message>
            <source>Import from CSV</source>
            <translation>Importuj z CSV</translation>
        </message>
        <message>
            <source>Bring deals and contacts from a spreadsheet or another CRM.</source>
            <translation>Przenieś szanse i kontakty z arkusza kalkulacyjnego lub innego CRM.</translation>
        </message>
        <message>
            <source>Open an existing file</source>
            <translation>Otwórz istniejący plik</translation>
        </message>
        <message>
            <source>A .dealbench workspace, yours or one a rep sent you.</source>
            <translation>Przestrzeń robocza .dealbench — Twoja lub przysłana przez handlowca.</translation>
        </message>
        <message>
            <source>Recent files</source>
            <translation>Ostatnie pliki</translation>
        </message>
        <message>
            <source>Back to the workspace</source>
            <translation>Wróć do przestrzeni roboczej</translation>
        </message>
        <message>
            <source>%1 is no longer there.</source>
            <translation>%1 już nie istnieje.</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Brak ostatnich plików</translation>
        </message>
        <message>
            <source>Importing from CSV is not available in this version.</source>
            <translation>Import z CSV nie jest dostępny w tej wersji.</translation>
        </message>
        <message>
            <source>Open or create a workspace first; the deals are imported into it.</source>
            <translation>Najpierw otwórz lub utwórz przestrzeń roboczą; szanse zostaną do niej zaimportowane.</translation>
        </message>
    </context>
    <context>
        <name>WhatChangedModel</name>
        <message>
            <source>%1 in %2</source>
            <translation>%1 w %2</translation>
        </message>
        <message>
            <source>%1 — double-click to open the deal</source>
            <translation>%1 — kliknij dwukrotnie, aby otworzyć szansę</translation>
        </message>
        <message>
            <source>Next step: %1 (%2)</source>
            <translation>Następny krok: %1 (%2)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Szansa</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Opiekun</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Zmiana</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Z</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Na</translation>
        </message>
        <message>
            <source>Change in %1</source>
            <translation>Zmiana w %1</translation>
        </message>
        <message>
            <source>Review note</source>
            <translation>Notatka z przeglądu</translation>
        </message>
    </context>
    <context>
        <name>WhitespaceModel</name>
        <message>
            <source>·</source>
            <translation>·</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Nie oceniono</translation>
        </message>
        <message>
            <source>Rename a department</source>
            <translation>Zmień nazwę działu</translation>
        </message>
        <message>
            <source>Mark the whitespace</source>
            <translation>Oznacz białą plamę</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Dział</translation>
        </message>
    </context>
    <context>
        <name>WinLossChart</name>
        <message>
            <source>nothing recorded</source>
            <translation>nic nie zapisano</translation>
        </message>
        <message>
            <source>Win rate</source>
            <translation>Współczynnik wygranych</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Win rate (%)</source>
            <translation>Współczynnik wygranych (%)</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Ogółem</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Won %2 of %3 closed (%4)&lt;br&gt;Won amount: %5</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Wygrano %2 z %3 zamkniętych (%4)&lt;br&gt;Kwota wygranych: %5</translation>
        </message>
        <message>
            <source>Lost reasons</source>
            <translation>Powody przegranych</translation>
        </message>
        <message>
            <source>Lost reasons — no deals lost</source>
            <translation>Powody przegranych — brak przegranych</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 deals (%3 of lost)&lt;br&gt;%4</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 szans (%3 przegranych)&lt;br&gt;%4</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Lost deals</source>
            <translation>Przegrane szanse</translation>
        </message>
        <message>
            <source>No deals were won or lost in this period for this filter.</source>
            <translation>W tym okresie dla tego filtra żadna szansa nie została wygrana ani przegrana.</translation>
        </message>
        <message>
            <source>By segment</source>
            <translation>Według segmentu</translation>
        </message>
        <message>
            <source>By source</source>
            <translation>Według źródła</translation>
        </message>
        <message>
            <source>By competitor</source>
            <translation>Według konkurenta</translation>
        </message>
        <message>
            <source>Win rate by segment</source>
            <translation>Współczynnik wygranych według segmentu</translation>
        </message>
        <message>
            <source>Win rate by industry</source>
            <translation>Współczynnik wygranych według branży</translation>
        </message>
        <message>
            <source>Win rate by lead source</source>
            <translation>Współczynnik wygranych według źródła leada</translation>
        </message>
        <message>
            <source>Win rate by competitor</source>
            <translation>Współczynnik wygranych według konkurenta</translation>
        </message>
        <message>
            <source>%1 won, %2 lost in the period: win rate %3 (dashed line). Bars show each group's win rate, closed deals in brackets. Competitor: won deals count for every competitor their strategy sheet names, lost deals for the competitor that won.</source>
            <translation>W okresie wygrano %1, przegrano %2: współczynnik wygranych %3 (linia przerywana). Słupki pokazują współczynnik wygranych każdej grupy, zamknięte szanse w nawiasie. Konkurent: wygrane liczą się dla każdego konkurenta wymienionego w arkuszu strategii, przegrane dla konkurenta, który wygrał.</translation>
        </message>
    </context>
    <context>
        <name>WinScenarioChart</name>
        <message>
            <source>Won deals</source>
            <translation>Wygrane szanse</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Nie zapisano</translation>
        </message>
        <message>
            <source>Share of won deals (%)</source>
            <translation>Udział wygranych szans (%)</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 won deals (%3)&lt;br&gt;%4</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 wygranych szans (%3)&lt;br&gt;%4</translation>
        </message>
        <message>
            <source>No deals were won in this period for this filter.</source>
            <translation>W tym okresie dla tego filtra nie wygrano żadnej szansy.</translation>
        </message>
        <message>
            <source>%1 deals won in the period (%2); %3 of them have a strategy sheet, which is where problem, trigger, competitors and champion come from. Grey: not recorded, or the smaller values together.</source>
            <translation>W okresie wygrano %1 szans (%2); %3 z nich ma arkusz strategii, z którego pochodzą problem, wyzwalacz, konkurenci i sojusznik. Szare: nie zapisano lub mniejsze wartości razem.</translation>
        </message>
    </context>
    <context>
        <name>WinScenarios</name>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Branża</translation>
        </message>
        <message>
            <source>Company size</source>
            <translation>Wielkość firmy</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Trigger</source>
            <translation>Wyzwalacz</translation>
        </message>
        <message>
            <source>Competitor beaten</source>
            <translation>Pokonany konkurent</translation>
        </message>
        <message>
            <source>Champion role</source>
            <translation>Rola sojusznika</translation>
        </message>
    </context>
    <context>
        <name>WonDialog</name>
        <message>
            <source>Mark as won</source>
            <translation>Oznacz jako wygraną</translation>
        </message>
        <message>
            <source>Congratulations! Confirm the signed amount and the close date of “%1”.</source>
            <translation>Gratulacje! Potwierdź podpisaną kwotę i datę zamknięcia „%1”.</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Kwota</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Zamknięto dnia</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceBackup</name>
        <message>
            <source>Daily, on open</source>
            <translation>Codziennie, przy otwarciu</translation>
        </message>
        <message>
            <source>Before upgrading the file</source>
            <translation>Przed uaktualnieniem pliku</translation>
        </message>
        <message>
            <source>Before merging team files</source>
            <translation>Przed scaleniem plików zespołu</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Przed importem</translation>
        </message>
        <message>
            <source>Before restoring a backup</source>
            <translation>Przed przywróceniem kopii</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceBackups</name>
        <message>
            <source>Could not create the backup folder %1. Check that it can be written, or choose another backup folder in the settings.</source>
            <translation>Nie można utworzyć folderu kopii %1. Sprawdź, czy można do niego zapisywać, lub wybierz inny folder kopii w ustawieniach.</translation>
        </message>
        <message>
            <source>Could not write a backup to %1 (%2). Is the disk full or write-protected?</source>
            <translation>Nie można zapisać kopii do %1 (%2). Czy dysk jest pełny lub chroniony przed zapisem?</translation>
        </message>
        <message>
            <source>%1 exists already.</source>
            <translation>%1 już istnieje.</translation>
        </message>
        <message>
            <source>Could not copy the backup to %1. Is the disk full or write-protected?</source>
            <translation>Nie można skopiować kopii do %1. Czy dysk jest pełny lub chroniony przed zapisem?</translation>
        </message>
        <message>
            <source>Could not replace %1 with the backup. The file is unchanged.</source>
            <translation>Nie można zastąpić %1 kopią. Plik pozostał bez zmian.</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceFileController</name>
        <message>
            <source>Dealbench workspaces (*.dealbench);;All files (*)</source>
            <translation>Przestrzenie robocze Dealbench (*.dealbench);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Open Read-Only?</source>
            <translation>Otworzyć tylko do odczytu?</translation>
        </message>
        <message>
            <source>%1 is write-protected. Open it read-only? You can look at everything but not change it.</source>
            <translation>%1 jest chroniony przed zapisem. Otworzyć tylko do odczytu? Można wszystko oglądać, ale nie zmieniać.</translation>
        </message>
        <message>
            <source>Open it read-only? You can look at everything but not change it.</source>
            <translation>Otworzyć tylko do odczytu? Można wszystko oglądać, ale nie zmieniać.</translation>
        </message>
        <message>
            <source>Cannot Open Workspace</source>
            <translation>Nie można otworzyć przestrzeni roboczej</translation>
        </message>
        <message numerus="yes">
            <source>The latest good backup is from %1 and holds %n deal(s). Choose Yes to open it as a copy beside the damaged file, or Open to look at the damaged file read-only.</source>
            <translation>
                <numerusform>Ostatnia dobra kopia pochodzi z %1 i zawiera szanse (%n). Wybierz Tak, aby otworzyć ją jako kopię obok uszkodzonego pliku, lub Otwórz, aby obejrzeć uszkodzony plik tylko do odczytu.</numerusform>
                <numerusform>Ostatnia dobra kopia pochodzi z %1 i zawiera szanse (%n). Wybierz Tak, aby otworzyć ją jako kopię obok uszkodzonego pliku, lub Otwórz, aby obejrzeć uszkodzony plik tylko do odczytu.</numerusform>
                <numerusform>Ostatnia dobra kopia pochodzi z %1 i zawiera szanse (%n). Wybierz Tak, aby otworzyć ją jako kopię obok uszkodzonego pliku, lub Otwórz, aby obejrzeć uszkodzony plik tylko do odczytu.</numerusform>
            </translation>
        </message>
        <message>
            <source>No backup of it was found. Choose Open to look at it read-only.</source>
            <translation>Nie znaleziono jego kopii. Wybierz Otwórz, aby obejrzeć go tylko do odczytu.</translation>
        </message>
        <message>
            <source>Workspace Damaged</source>
            <translation>Przestrzeń robocza uszkodzona</translation>
        </message>
        <message>
            <source> (backup %1)</source>
            <translation> (kopia %1)</translation>
        </message>
        <message>
            <source>Cannot Restore Backup</source>
            <translation>Nie można przywrócić kopii</translation>
        </message>
        <message>
            <source>No Backup Today</source>
            <translation>Brak kopii z dzisiaj</translation>
        </message>
        <message>
            <source>The workspace is open read-only and cannot be replaced. Open the backup as a copy instead.</source>
            <translation>Przestrzeń robocza jest otwarta tylko do odczytu i nie można jej zastąpić. Zamiast tego otwórz kopię jako osobny plik.</translation>
        </message>
        <message>
            <source>Replace Workspace?</source>
            <translation>Zastąpić przestrzeń roboczą?</translation>
        </message>
        <message>
            <source>Replace %1 with the backup from %2? The workspace as it is now is backed up first, so you can go back.</source>
            <translation>Zastąpić %1 kopią z %2? Obecny stan przestrzeni roboczej zostanie najpierw zarchiwizowany, więc można wrócić.</translation>
        </message>
        <message>
            <source>New Workspace</source>
            <translation>Nowa przestrzeń robocza</translation>
        </message>
        <message>
            <source>My pipeline.dealbench</source>
            <translation>Mój lejek.dealbench</translation>
        </message>
        <message>
            <source>Cannot Create Workspace</source>
            <translation>Nie można utworzyć przestrzeni roboczej</translation>
        </message>
        <message>
            <source>%1 is the workspace that is open. Choose another file name.</source>
            <translation>%1 to otwarta przestrzeń robocza. Wybierz inną nazwę pliku.</translation>
        </message>
        <message>
            <source>%1 could not be replaced. Is it write-protected?</source>
            <translation>Nie można zastąpić %1. Czy jest chroniony przed zapisem?</translation>
        </message>
        <message>
            <source>Open Workspace</source>
            <translation>Otwórz przestrzeń roboczą</translation>
        </message>
        <message>
            <source> (copy)</source>
            <translation> (kopia)</translation>
        </message>
        <message>
            <source>Save a Copy As</source>
            <translation>Zapisz kopię jako</translation>
        </message>
        <message>
            <source>Cannot Save a Copy</source>
            <translation>Nie można zapisać kopii</translation>
        </message>
        <message>
            <source>A copy cannot replace the workspace that is open.</source>
            <translation>Kopia nie może zastąpić otwartej przestrzeni roboczej.</translation>
        </message>
        <message numerus="yes">
            <source>The latest good backup is from %1 and holds %n deal(s). Choose Yes to open it as a copy beside the damaged file.</source>
            <translation>
                <numerusform>Ostatnia dobra kopia zapasowa pochodzi z %1 i zawiera %n szansę sprzedaży. Wybierz Tak, aby otworzyć ją jako kopię obok uszkodzonego pliku.</numerusform>
                <numerusform>Ostatnia dobra kopia zapasowa pochodzi z %1 i zawiera %n szanse sprzedaży. Wybierz Tak, aby otworzyć ją jako kopię obok uszkodzonego pliku.</numerusform>
                <numerusform>Ostatnia dobra kopia zapasowa pochodzi z %1 i zawiera %n szans sprzedaży. Wybierz Tak, aby otworzyć ją jako kopię obok uszkodzonego pliku.</numerusform>
            </translation>
        </message>
        <message>
            <source>No backup of it was found in %1. If you have a copy elsewhere (a colleague, e-mail, a USB stick), open that instead.</source>
            <translation>Nie znaleziono jego kopii zapasowej w %1. Jeśli masz kopię gdzie indziej (u współpracownika, w e-mailu, na pendrivie), otwórz ją.</translation>
        </message>
        <message>
            <source>Cannot Compact Workspace</source>
            <translation>Nie można skompaktować przestrzeni roboczej</translation>
        </message>
        <message>
            <source>The workspace is open read-only and cannot be compacted.</source>
            <translation>Przestrzeń robocza jest otwarta tylko do odczytu i nie można jej skompaktować.</translation>
        </message>
        <message>
            <source>Compact Workspace?</source>
            <translation>Skompaktować przestrzeń roboczą?</translation>
        </message>
        <message>
            <source>Compact %1? Dealbench closes the workspace, writes the file afresh without its unused space and opens it again; the data does not change. A large file takes about 20 seconds per gigabyte, and the undo history is cleared.</source>
            <translation>Skompaktować %1? Dealbench zamknie przestrzeń roboczą, zapisze plik od nowa bez nieużywanego miejsca i otworzy go ponownie; dane się nie zmienią. Duży plik zajmuje około 20 sekund na gigabajt, a historia cofania zostanie wyczyszczona.</translation>
        </message>
        <message>
            <source>Compacting %1…</source>
            <translation>Kompaktowanie %1…</translation>
        </message>
        <message>
            <source>Compact Workspace</source>
            <translation>Kompaktuj przestrzeń roboczą</translation>
        </message>
        <message>
            <source>Workspace Compacted</source>
            <translation>Przestrzeń robocza skompaktowana</translation>
        </message>
        <message>
            <source>The file took %1 and takes %2 now.</source>
            <translation>Plik zajmował %1, a teraz zajmuje %2.</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceMerge</name>
        <message>
            <source>Could not read %1.</source>
            <translation>Nie można odczytać %1.</translation>
        </message>
        <message>
            <source>%1 is damaged (%2).</source>
            <translation>%1 jest uszkodzony (%2).</translation>
        </message>
        <message>
            <source>%1 cannot be imported: %2.</source>
            <translation>Nie można zaimportować %1: %2.</translation>
        </message>
        <message>
            <source>A workspace cannot be imported into itself.</source>
            <translation>Przestrzeni roboczej nie można zaimportować do niej samej.</translation>
        </message>
        <message>
            <source>No room for a temporary copy of %1.</source>
            <translation>Brak miejsca na tymczasową kopię %1.</translation>
        </message>
        <message>
            <source>Copying %1</source>
            <translation>Kopiowanie %1</translation>
        </message>
        <message>
            <source>Checking %1</source>
            <translation>Sprawdzanie %1</translation>
        </message>
        <message>
            <source>Validating %1</source>
            <translation>Weryfikacja %1</translation>
        </message>
        <message>
            <source>Looking for conflicts</source>
            <translation>Szukanie konfliktów</translation>
        </message>
        <message>
            <source>Importing %1</source>
            <translation>Importowanie %1</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Gotowe</translation>
        </message>
        <message>
            <source>Comparing %1 with this workspace</source>
            <translation>Porównywanie %1 z tą przestrzenią roboczą</translation>
        </message>
        <message>
            <source>Saving the workspace</source>
            <translation>Zapisywanie przestrzeni roboczej</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceStatusBar</name>
        <message>
            <source>Read-only</source>
            <translation>Tylko do odczytu</translation>
        </message>
        <message>
            <source>The file is open read-only: changes cannot be saved.</source>
            <translation>Plik jest otwarty tylko do odczytu: zmian nie można zapisać.</translation>
        </message>
        <message>
            <source>No workspace open</source>
            <translation>Brak otwartej przestrzeni roboczej</translation>
        </message>
        <message>
            <source>Deals: %1</source>
            <translation>Szanse: %1</translation>
        </message>
        <message>
            <source>Deals: unknown</source>
            <translation>Szanse: nieznane</translation>
        </message>
    </context>
</TS>
