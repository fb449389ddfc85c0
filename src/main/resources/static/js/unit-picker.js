// The unit picker: choosing a unit from the list puts its id in the form's hidden field and its name in the box;
// emptying the box clears the choice.
document.addEventListener('click', function (event) {
  var choice = event.target.closest && event.target.closest('.unit-choice');
  if (!choice) {
    return;
  }
  var picker = choice.closest('.unit-picker');
  picker.querySelector('input[type=hidden]').value = choice.dataset.id;
  picker.querySelector('.unit-search').value = choice.dataset.name;
  choice.parentElement.innerHTML = '';
});
document.addEventListener('input', function (event) {
  if (event.target.classList && event.target.classList.contains('unit-search') && event.target.value.trim() === '') {
    event.target.closest('.unit-picker').querySelector('input[type=hidden]').value = '';
  }
});
