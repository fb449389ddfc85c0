-- Ownership of a school (loại hình): public, private, people-founded.
insert into registry_code (list, code, name_vi, name_en, sort_order) values
    ('ownership', 'CONG_LAP', 'Công lập', 'Public', 10),
    ('ownership', 'TU_THUC', 'Tư thục', 'Private', 20),
    ('ownership', 'DAN_LAP', 'Dân lập', 'People-founded', 30);
